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
  const summary = describeCounts(errors, warnings, report.files.length);
  if (errors + warnings === 0) lines.push(style.green(summary));
  else lines.push('', (errors > 0 ? style.red : style.yellow)(summary));
  return `${lines.join('\n')}\n`;
}
