import { countBySeverity, type Report } from './summary.js';

/** Machine-readable diagnostics: files, problems and counts. */
export function formatJson(report: Report): string {
  const { errors, warnings } = countBySeverity(report.diagnostics);
  const files = report.files.map((f) => {
    const own = report.diagnostics.filter((d) => d.file === f.file);
    const counts = countBySeverity(own);
    return { file: f.file, kind: f.kind, errorCount: counts.errors, warningCount: counts.warnings };
  });
  return `${JSON.stringify({ tool: 'opsc-audit', version: report.toolVersion, errorCount: errors, warningCount: warnings, files, diagnostics: report.diagnostics }, null, 2)}\n`;
}
