import { isAbsolute, relative } from 'node:path';
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
  /** Folder that relative paths in machine formats are relative to. */
  cwd: string;
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

/** A file as CI tools expect it: relative to the working folder (unless outside it), with forward slashes. */
export function relativePath(file: string, cwd: string): string {
  const rel = isAbsolute(file) ? relative(cwd, file) : file;
  const outside = isAbsolute(file) && (rel.startsWith('..') || isAbsolute(rel));
  return (outside ? file : rel).split('\\').join('/');
}
