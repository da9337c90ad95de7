import type {
  Answer,
  IndexedQuestion,
  Level,
  LocalizedString,
  Question,
  QuestionKind,
} from '../checklist.js';
import type { DiagnosticCode } from '../diagnostic.js';
import type { MessageKey } from '../../i18n/en.js';
import type { Translate } from '../../i18n/format.js';

/** A key, number or yes/no a checklist writes to name an answer (in a target or a condition). */
export type AnswerRef = string | number | boolean;

/** Question fields that belong to some answer kinds only, in the order they are checked. */
export const KIND_FIELDS = ['scale', 'options', 'cap', 'thresholds', 'min', 'max'] as const;
/** A question field that belongs to some answer kinds only. */
export type KindField = (typeof KIND_FIELDS)[number];

/** A question with the scale it resolves to: all a kind needs to score keys and targets. */
export type ScaledQuestion = Pick<IndexedQuestion, 'question' | 'scale'>;

/** Something wrong with a value a file gives, as a diagnostic code and message. */
export interface KindProblem {
  code: DiagnosticCode;
  message: string;
}

/** Something wrong with a stored answer, with the answer field it is about. */
export interface AnswerProblem extends KindProblem {
  field: 'level' | 'value';
}

/** How the interview offers a question: answers to pick from, or a value to enter. */
export type AnswerOffer =
  | { type: 'pick'; picks: { key: string; label: LocalizedString; description?: LocalizedString }[] }
  | { type: 'enter'; name: string; entry: AnswerEntry };

/** The value a respondent enters: some options, a number in a range, or text. */
export type AnswerEntry =
  | { type: 'options'; options: { key: string; label: LocalizedString }[] }
  | { type: 'number'; min: number | undefined; max: number | undefined; unit: string | undefined }
  | { type: 'text' };

/** The words an answer is described with, supplied by the caller (terminal or report). */
export interface AnswerWords {
  /** A label from the checklist, fitted to a width. */
  label(text: LocalizedString, width: number): string;
  /** A key or free text taken from the answer, fitted to a width. */
  raw(text: string, width: number): string;
  /** A unit from the checklist. */
  unit(unit: string): string;
  yes: string;
  no: string;
  /** What an empty multiple choice reads as. */
  none: string;
}

/** One answer kind: every fact and rule that differs between kinds of question. */
export interface AnswerKind {
  /** The kind's name, as written in `kind:`. */
  readonly name: QuestionKind;
  /** How messages name the kind, in the current language: "yes/no", "multiple-choice". */
  readonly noun: string;
  /** The kind-specific question fields this kind takes. */
  readonly fields: readonly KindField[];
  /** The kind-specific question fields this kind needs. */
  readonly requires: readonly KindField[];
  /** Whether a condition may compare its answer with a value (otherwise it can only ask "answered"). */
  readonly comparable: boolean;
  /** The instruction on a blank paper questionnaire. */
  readonly paperInstruction: MessageKey;

  /** Top score, or undefined for an unscored question. */
  maxScore(q: ScaledQuestion): number | undefined;
  /** The score the question's `target` names, or undefined when it names nothing this kind knows. */
  targetScore(q: ScaledQuestion): number | undefined;
  /** What is wrong with the question's `target` (read against the given scale), if anything. */
  targetProblem(question: Question, scale: readonly Level[] | undefined): KindProblem | undefined;
  /** The field and reason when every answer scores 0, so the question can never count. */
  zeroTopScore(question: Question): { field: KindField; what: string } | undefined;
  /** The score a key (not a number) stands for, or undefined when it stands for none. */
  keyScore(q: ScaledQuestion, key: string | boolean): number | undefined;

  /** The score of a substantive answer; undefined when the kind is unscored; null when it does not fit. */
  score(q: IndexedQuestion, answer: Answer): number | undefined | null;
  /** What is wrong with a stored answer's level or value, if anything. */
  answerProblem(q: IndexedQuestion, answer: Answer): AnswerProblem | undefined;

  /** Whether a substantive answer equals a reference in a condition. */
  matches(q: IndexedQuestion, answer: Answer, ref: AnswerRef): boolean;
  /** The number an `atLeast` condition compares with the answer. */
  numericValue(q: IndexedQuestion, answer: Answer): number | undefined;
  /** What is wrong with a reference in a condition on this question, if this kind can tell. */
  refProblem(q: IndexedQuestion, ref: AnswerRef, atLeast: boolean): KindProblem | undefined;
  /** The label of the answer a key or number in a condition names, if this kind names answers so. */
  refLabel(q: IndexedQuestion, ref: string | number, words: AnswerWords): string | undefined;
  /** Representative substantive answers, for deciding whether a condition can be true. */
  sampleAnswers(q: IndexedQuestion, numbers: readonly number[]): Answer[];

  /** How the interview offers the question, its own words in the language of `t`. */
  offer(q: IndexedQuestion, t: Translate): AnswerOffer;
  /** The pick (`a:<key>`) or entry that stands for an existing answer. */
  currentPick(q: IndexedQuestion, answer: Answer): `a:${string}` | 'enter' | undefined;
  /** The answer fields a picked key stands for. */
  answerFor(key: string): Pick<Answer, 'level' | 'value'>;

  /** The answer in words, or undefined when it does not fit the kind. */
  describe(q: IndexedQuestion, answer: Answer, words: AnswerWords): string | undefined;
  /** The name of the answer that reaches the target score, if there is one. */
  targetName(q: IndexedQuestion, words: AnswerWords): string | undefined;
  /** The answers printed on a blank paper questionnaire. */
  paperChoices(
    q: IndexedQuestion,
    t: Translate,
  ): { label: LocalizedString; description: LocalizedString | undefined }[];
  /** The write-in line of a blank paper questionnaire, or null when the respondent ticks. */
  paperWriteIn(q: IndexedQuestion, t: Translate): string | null;
}
