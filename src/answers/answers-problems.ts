import type { Diagnostic } from '../model/diagnostic.js';
import type { MessageKey } from '../i18n/en.js';
import { translator } from '../i18n/format.js';
import { quote } from '../text/shell-quote.js';

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

/** A message naming only the file. */
const say =
  (key: MessageKey): Wording =>
  (file) =>
    translator()(key, { file, quoted: quote(file) });

/**
 * The one-line message of each problem, for each purpose. A broken file that is being resumed holds answers, so
 * its messages say how to fix it, never to replace it.
 */
const MESSAGES: Record<ReadPurpose, Record<WordedProblem, Wording>> = {
  use: {
    'not-yaml': say('cli.answers.use.notYaml'),
    'yaml-error': say('cli.answers.use.hasErrors'),
    checklist: say('cli.answers.use.notAnswers'),
    'not-answers': say('cli.answers.use.notAnswers'),
    'has-errors': say('cli.answers.use.hasErrors'),
  },
  resume: {
    'not-yaml': say('cli.answers.resume.notYaml'),
    'yaml-error': (file, diagnostics) => {
      const first = diagnostics.find((d) => d.severity === 'error');
      return first
        ? translator()('cli.answers.resume.yamlErrorAt', {
            file,
            quoted: quote(file),
            line: first.line,
            col: first.col,
          })
        : translator()('cli.answers.resume.yamlError', { file, quoted: quote(file) });
    },
    checklist: say('cli.answers.resume.checklist'),
    'not-answers': say('cli.answers.resume.notAnswers'),
    'has-errors': say('cli.answers.resume.hasErrors'),
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
