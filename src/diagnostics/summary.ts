import type { Diagnostic } from '../model/diagnostic.js';

/** A checked file and what kind it turned out to be. */
export interface CheckedFile {
  file: string;
  kind: 'checklist' | 'answers' | 'unknown';
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

/** "3 problems (2 errors, 1 warning)". */
export function describeCounts(errors: number, warnings: number): string {
  const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;
  return `${plural(errors + warnings, 'problem')} (${plural(errors, 'error')}, ${plural(warnings, 'warning')})`;
}
