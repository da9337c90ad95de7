import type { Answer, IndexedQuestion } from './checklist.js';
import { thresholdScore } from './checklist.js';

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
  const { kind, question } = q;
  const value = answer.value;
  switch (kind) {
    case 'scale': {
      if (answer.level !== undefined) return q.scale?.find((l) => l.key === answer.level)?.value ?? null;
      return null;
    }
    case 'yesno':
      return typeof value === 'boolean' ? (value ? 1 : 0) : null;
    case 'choice':
      return typeof value === 'string'
        ? (question.options?.find((o) => o.key === value)?.score ?? null)
        : null;
    case 'multi': {
      if (!Array.isArray(value)) return null;
      const options = question.options ?? [];
      if (!value.every((k) => options.some((o) => o.key === k))) return null;
      const sum = options.filter((o) => value.includes(o.key)).reduce((s, o) => s + o.score, 0);
      return q.max === undefined ? sum : Math.min(sum, q.max);
    }
    case 'number':
      if (typeof value !== 'number') return null;
      return question.thresholds ? thresholdScore(question, value) : undefined;
    case 'text':
      return typeof value === 'string' ? undefined : null;
  }
}
