import type { Diagnostic } from '../model/diagnostic.js';
import { translator } from '../i18n/format.js';

/** A checked file and what kind it turned out to be. */
export interface CheckedFile {
  file: string;
  kind: 'checklist' | 'answers' | 'translation' | 'unknown';
}

/** Everything a diagnostics formatter needs. */
export interface Report {
  files: CheckedFile[];
  diagnostics: Diagnostic[];
  toolVersion: string;
  color: boolean;
  /** How machine formats name a file (commands/machine-paths.ts). */
  paths: MachinePaths;
}

/** How machine formats name a file: relative to the working folder (unless outside it), and as a SARIF URI. */
export interface MachinePaths {
  relative(file: string): string;
  uri(file: string): string;
}

/** Counts of errors and warnings. */
export function countBySeverity(diagnostics: readonly Diagnostic[]): { errors: number; warnings: number } {
  let errors = 0;
  for (const d of diagnostics) if (d.severity === 'error') errors++;
  return { errors, warnings: diagnostics.length - errors };
}

/** The closing line of the text format: "✖ 3 problems (2 errors, 1 warning) in 2 files", or "✔ 2 files checked…". */
export function describeCounts(errors: number, warnings: number, fileCount: number): string {
  const t = translator();
  const files = t('cli.validate.fileCount', { count: fileCount });
  if (errors + warnings === 0) return t('cli.validate.clean', { files });
  return t('cli.validate.summary', {
    problems: t('cli.validate.problemCount', { count: errors + warnings }),
    errors: t('cli.validate.errorCount', { count: errors }),
    warnings: t('cli.validate.warningCount', { count: warnings }),
    files,
  });
}
