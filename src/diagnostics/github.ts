import { stripControl } from '../text/sanitize.js';
import type { Report } from './summary.js';

/** GitHub Actions workflow commands, one annotation per problem. */
export function formatGithub(report: Report): string {
  return report.diagnostics
    .map((d) => {
      const file = escapeProperty(report.paths.relative(d.file));
      const props = `file=${file},line=${d.line},col=${d.col},title=${escapeProperty(d.code)}`;
      return `::${d.severity} ${props}::${escapeData(d.message)}\n`;
    })
    .join('');
}

// The log is shown in a terminal-like view: strip control characters, then escape what the syntax needs.
function escapeData(s: string): string {
  return stripControl(s).replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
