import type { Answer, IndexedQuestion } from './checklist.js';
import { answerKind } from './answer-kinds/index.js';

/** What an answer amounts to, once read against its question. */
export type AnswerState =
  | { status: 'answered'; score: number | undefined }
  | { status: 'na' }
  | { status: 'unknown' }
  | { status: 'unanswered' };

/** Reads one answer against its question; unrecognised values count as unanswered. */
export function answerState(q: IndexedQuestion, answer: Answer | undefined): AnswerState {
  if (!answer || answer.skipped) return { status: 'unanswered' };
  if (answer.na) return { status: 'na' };
  if (answer.unknown) return { status: 'unknown' };
  const score = answerScore(q, answer);
  if (score === null) return { status: 'unanswered' };
  return { status: 'answered', score };
}

/** The score of a substantive answer; undefined for unscored kinds; null when the answer does not fit. */
export function answerScore(q: IndexedQuestion, answer: Answer): number | undefined | null {
  return answerKind(q).score(q, answer);
}
