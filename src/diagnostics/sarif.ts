import type { Report } from './summary.js';

/** SARIF 2.1.0, for code-scanning dashboards. */
export function formatSarif(report: Report): string {
  const codes = [...new Set(report.diagnostics.map((d) => d.code))].sort();
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'opsc-audit',
            version: report.toolVersion,
            rules: codes.map((id) => ({ id, name: id, shortDescription: { text: id.replace(/-/g, ' ') } })),
          },
        },
        results: report.diagnostics.map((d) => ({
          ruleId: d.code,
          ruleIndex: codes.indexOf(d.code),
          level: d.severity === 'error' ? 'error' : 'warning',
          message: { text: d.message },
          locations: [
            {
              physicalLocation: {
                artifactLocation: { uri: report.paths.uri(d.file) },
                region: { startLine: d.line, startColumn: d.col },
              },
            },
          ],
        })),
      },
    ],
  };
  return `${JSON.stringify(sarif, null, 2)}\n`;
}
