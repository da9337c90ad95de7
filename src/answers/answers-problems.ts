import type { Diagnostic } from '../model/diagnostic.js';

/** Why an answers file cannot be used. */
export type AnswersProblem =
  | 'missing'
  | 'unreadable'
  | 'not-yaml'
  | 'yaml-error'
  | 'checklist'
  | 'not-answers'
  | 'has-errors'
  | 'no-checklist'
  | 'does-not-fit';

/** The problems whose message is worded here; the others carry the message of what failed (file system, checklist). */
export type WordedProblem = 'not-yaml' | 'yaml-error' | 'checklist' | 'not-answers' | 'has-errors';

/** Why a file is read: to use it (score, report, compare), or to resume the interview that writes it (assess). */
export type ReadPurpose = 'use' | 'resume';

type Wording = (file: string, diagnostics: readonly Diagnostic[]) => string;

const EXPECTED = 'expected "format: opsc-audit/answers@1"';

/** What to do about a broken file that is being resumed: it holds answers, so it is fixed, never replaced. */
const fixIt = (file: string): string =>
  `fix ${file} where shown above (check it with: opsc-audit validate ${file}), then run the same command again; your answers in it are kept`;

/** The one-line message of each problem, for each purpose. */
const MESSAGES: Record<ReadPurpose, Record<WordedProblem, Wording>> = {
  use: {
    'not-yaml': (file) => `${file}: not a usable answers file`,
    'yaml-error': (file) => `${file}: the answers file has errors (run: opsc-audit validate ${file})`,
    checklist: (file) => `${file}: not an answers file (${EXPECTED})`,
    'not-answers': (file) => `${file}: not an answers file (${EXPECTED})`,
    'has-errors': (file) => `${file}: the answers file has errors (run: opsc-audit validate ${file})`,
  },
  resume: {
    'not-yaml': (file) => `${file} cannot be read as YAML; ${fixIt(file)}`,
    'yaml-error': (file, diagnostics) => {
      const first = diagnostics.find((d) => d.severity === 'error');
      const at = first ? ` at ${file}:${first.line}:${first.col}` : '';
      return `${file} has a YAML error${at} (a typo made while editing it?); ${fixIt(file)}`;
    },
    checklist: (file) =>
      `${file} is a checklist, not an answers file; to answer it: opsc-audit assess ${file} -o answers.yaml`,
    'not-answers': (file) =>
      `${file} exists and is not an answers file (${EXPECTED}); choose another file name`,
    'has-errors': (file) => `${file}: the answers file has errors; ${fixIt(file)}`,
  },
};

/** The message of a problem with an answers file, naming the file as given. */
export function answersProblemMessage(
  problem: WordedProblem,
  file: string,
  diagnostics: readonly Diagnostic[],
  purpose: ReadPurpose,
): string {
  return MESSAGES[purpose][problem](file, diagnostics);
}
