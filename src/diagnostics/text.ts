import { createStyle } from '../text/style.js';
import { formatDiagnosticLine } from './line.js';
import { countBySeverity, describeCounts, type Report } from './summary.js';

/** One line per problem, `file:line:col severity code message`, then a summary; nothing when no file was checked. */
export function formatText(report: Report): string {
  // Every file was unreadable: the reasons are on standard error, and "0 files checked" would add nothing.
  if (report.files.length === 0) return '';
  const style = createStyle(report.color);
  const lines = report.diagnostics.map((d) => formatDiagnosticLine(d, style));
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
