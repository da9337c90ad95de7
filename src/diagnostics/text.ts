import { oneLine } from '../text/sanitize.js';
import { createStyle } from '../text/style.js';
import { countBySeverity, describeCounts, type Report } from './summary.js';

/** One line per problem, `file:line:col severity code message`, then a summary. */
export function formatText(report: Report): string {
  const style = createStyle(report.color);
  const lines = report.diagnostics.map((d) => {
    const severity = d.severity === 'error' ? style.red('error') : style.yellow('warning');
    return `${style.bold(`${oneLine(d.file, 500)}:${d.line}:${d.col}`)} ${severity} ${style.dim(d.code)} ${oneLine(d.message, 1000)}`;
  });
  const { errors, warnings } = countBySeverity(report.diagnostics);
  const files = `${report.files.length} file${report.files.length === 1 ? '' : 's'}`;
  if (errors + warnings === 0) lines.push(style.green(`✔ ${files} checked, no problems`));
  else
    lines.push(
      '',
      (errors > 0 ? style.red : style.yellow)(`✖ ${describeCounts(errors, warnings)} in ${files}`),
    );
  return `${lines.join('\n')}\n`;
}
