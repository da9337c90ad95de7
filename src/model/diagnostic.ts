import { compareText } from '../text/compare-text.js';

/** How serious a diagnostic is: errors fail a run, warnings only with --strict. */
export type Severity = 'error' | 'warning';

/** Every diagnostic code the validator can emit. */
export type DiagnosticCode =
  | 'file-too-large'
  | 'file-binary'
  | 'file-encoding'
  | 'file-empty'
  | 'yaml-syntax'
  | 'yaml-alias-limit'
  | 'yaml-too-deep'
  | 'yaml-duplicate-key'
  | 'forbidden-key'
  | 'unknown-format'
  | 'schema'
  | 'duplicate-id'
  | 'unknown-source'
  | 'paragraph-out-of-range'
  | 'paragraph-malformed'
  | 'unknown-scale'
  | 'unknown-scale-key'
  | 'unknown-option'
  | 'unknown-pillar'
  | 'unknown-theme'
  | 'unknown-actor'
  | 'duplicate-key'
  | 'scale-order'
  | 'band-order'
  | 'band-label-clash'
  | 'kind-mismatch'
  | 'when-unknown-question'
  | 'when-forward-reference'
  | 'when-self-reference'
  | 'when-cycle'
  | 'when-never-true'
  | 'when-undecided'
  | 'when-unscored-question'
  | 'requires-unknown-question'
  | 'requires-forward-reference'
  | 'requires-self-reference'
  | 'requires-cycle'
  | 'requires-never-true'
  | 'requires-undecided'
  | 'requires-unscored-question'
  | 'obligation-without-article'
  | 'weight-outside-basis'
  | 'unknown-framework-ref'
  | 'all-themes'
  | 'theme-too-few-questions'
  | 'incomplete-translation'
  | 'weight-out-of-range'
  | 'target-out-of-range'
  | 'zero-top-score'
  | 'empty-pillar'
  | 'checklist-not-found'
  | 'checklist-mismatch'
  | 'digest-mismatch'
  | 'digest-missing'
  | 'question-changed'
  | 'unknown-question'
  | 'unknown-level'
  | 'answer-kind'
  | 'na-without-reason'
  | 'applicability-mismatch'
  | 'unknown-contributor'
  | 'translation-missing'
  | 'translation-outdated'
  | 'translation-unstamped'
  | 'translation-unknown'
  | 'translation-extra-field'
  | 'translation-language'
  | 'translation-structure'
  | 'translation-file-missing';

/** A problem found in a file, positioned 1-based; 1:1 when nothing better is known. */
export interface Diagnostic {
  code: DiagnosticCode;
  severity: Severity;
  message: string;
  file: string;
  line: number;
  col: number;
  /** JSON pointer of the offending value, when there is one. */
  pointer?: string;
}

/** A diagnostic before it is tied to a file and a position. */
export interface Finding {
  code: DiagnosticCode;
  severity: Severity;
  message: string;
  /** Path of keys and indexes to the offending node. */
  path: readonly (string | number)[];
  /** Point at the key rather than the value (for unknown or forbidden keys). */
  atKey?: boolean;
}

/** Sorts diagnostics by file, line, column, then code, so output is stable. */
export function sortDiagnostics(list: readonly Diagnostic[]): Diagnostic[] {
  return [...list].sort(
    (a, b) => compareText(a.file, b.file) || a.line - b.line || a.col - b.col || compareText(a.code, b.code),
  );
}
