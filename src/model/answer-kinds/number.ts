import type { Question } from '../checklist.js';
import { allZero, levelNotTaken, targetMisfit, targetRange, topOf, wrongValue } from './shared.js';
import type { AnswerKind } from './types.js';
import { translator } from '../../i18n/format.js';

/** Score of a number answer: the score of the highest threshold it reaches (0 below all). */
export function thresholdScore(q: Question, n: number): number {
  let best: number | undefined;
  let bestMin = -Infinity;
  for (const t of q.thresholds ?? []) {
    if (n >= t.min && t.min >= bestMin) {
      best = t.score;
      bestMin = t.min;
    }
  }
  return best ?? 0;
}

/** A question answered with a number; scored by thresholds when it has them, else unscored. */
export const numberKind: AnswerKind = {
  name: 'number',
  get noun() {
    return translator()('kind.noun.number');
  },
  fields: ['thresholds', 'min', 'max'],
  requires: [],
  comparable: true,
  paperInstruction: 'kind.number',

  maxScore: (q) => (q.question.thresholds ? topOf(q.question.thresholds.map((t) => t.score)) : undefined),
  targetScore: (q) =>
    typeof q.question.target === 'number' ? thresholdScore(q.question, q.question.target) : undefined,
  targetProblem: (question) =>
    typeof question.target === 'number'
      ? targetRange(question.target, Infinity)
      : targetMisfit(question.target, 'number'),
  zeroTopScore: (question) =>
    allZero(question.thresholds?.map((t) => t.score))
      ? { field: 'thresholds', what: translator()('kind.zero.thresholds') }
      : undefined,
  keyScore: () => undefined,

  score(q, answer) {
    if (typeof answer.value !== 'number') return null;
    return q.question.thresholds ? thresholdScore(q.question, answer.value) : undefined;
  },
  answerProblem(q, answer) {
    if (answer.level !== undefined) return levelNotTaken(q, this.noun);
    const v = answer.value;
    if (v === undefined) return undefined;
    if (typeof v !== 'number') return wrongValue(q, 'kind.problem.value.number');
    const { min, max, id } = q.question;
    if ((min !== undefined && v < min) || (max !== undefined && v > max))
      return {
        code: 'answer-kind',
        field: 'value',
        message: translator()('kind.problem.outOfRange', {
          value: String(v),
          min: String(min ?? '-∞'),
          max: String(max ?? '∞'),
          id,
        }),
      };
    return undefined;
  },

  matches: (_q, answer, ref) => answer.value === ref,
  numericValue: (_q, answer) => (typeof answer.value === 'number' ? answer.value : undefined),
  refProblem: (q, ref) =>
    typeof ref !== 'number'
      ? { code: 'kind-mismatch', message: translator()('kind.problem.refNumber', { id: q.question.id }) }
      : undefined,
  refLabel: () => undefined,
  sampleAnswers(_q, numbers) {
    const near = new Set<number>();
    for (const r of numbers) [r - 1, r, r + 1].forEach((n) => near.add(n));
    return [{ value: 0 }, ...[...near].map((n) => ({ value: n }))];
  },

  offer: (q, t) => ({
    type: 'enter',
    name: t('interview.choice.enterNumber'),
    entry: { type: 'number', min: q.question.min, max: q.question.max, unit: q.question.unit },
  }),
  currentPick: (_q, answer) => (answer.value !== undefined ? 'enter' : undefined),
  answerFor: (key) => ({ value: key }),

  describe(q, answer, words) {
    const v = answer.value;
    if (typeof v !== 'number') return undefined;
    return `${v}${q.question.unit ? ` ${words.unit(q.question.unit)}` : ''}`;
  },
  targetName(q, words) {
    const threshold = q.question.thresholds?.find((t) => t.score === q.target);
    return threshold?.label === undefined ? undefined : words.label(threshold.label, 80);
  },
  paperChoices: () => [],
  paperWriteIn: (q, t) =>
    q.question.unit
      ? t('questionnaire.numberWithUnit', { unit: q.question.unit })
      : t('questionnaire.number'),
};
