import type { Report } from './summary.js';

/** GitHub Actions workflow commands, one annotation per problem. */
export function formatGithub(report: Report): string {
  return report.diagnostics
    .map((d) => {
      const props = `file=${escapeProperty(d.file)},line=${d.line},col=${d.col},title=${escapeProperty(d.code)}`;
      return `::${d.severity === 'error' ? 'error' : 'warning'} ${props}::${escapeData(d.message)}\n`;
    })
    .join('');
}

function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
