import { levelByKey, targetMisfit, targetRange, topLevel } from './shared.js';
import type { AnswerKind } from './types.js';
import { translator } from '../../i18n/format.js';

/** A question answered with one level of a scale (the default kind). */
export const scaleKind: AnswerKind = {
  name: 'scale',
  get noun() {
    return translator()('kind.noun.scale');
  },
  fields: ['scale'],
  requires: [],
  comparable: true,
  paperInstruction: 'kind.scale',

  maxScore: (q) => topLevel(q.scale),
  targetScore(q) {
    const t = q.question.target;
    if (t === undefined) return undefined;
    return typeof t === 'number' ? t : this.keyScore(q, String(t));
  },
  targetProblem(question, scale) {
    const t = question.target;
    if (typeof t === 'string') {
      return scale && !scale.some((l) => l.key === t)
        ? {
            code: 'unknown-scale-key',
            message: translator()('kind.problem.targetNotLevel', {
              target: t,
              keys: scale.map((l) => l.key).join(', '),
            }),
          }
        : undefined;
    }
    if (typeof t === 'number') return targetRange(t, Math.max(...(scale ?? []).map((l) => l.value)));
    return targetMisfit(t, 'scale');
  },
  zeroTopScore: () => undefined, // a scale's top is above 0 unless its values fail scale-order
  keyScore: (q, key) => levelByKey(q.scale, String(key))?.value,

  score(q, answer) {
    if (answer.level === undefined) return null;
    return this.keyScore(q, answer.level) ?? null;
  },
  answerProblem(q, answer) {
    const id = q.question.id;
    const keys = (q.scale ?? []).map((l) => l.key).join(', ');
    if (answer.level !== undefined) {
      return levelByKey(q.scale, answer.level)
        ? undefined
        : {
            code: 'unknown-level',
            field: 'level',
            message: translator()('kind.problem.notLevel', { level: answer.level, id, keys }),
          };
    }
    if (answer.value === undefined) return undefined;
    return {
      code: 'answer-kind',
      field: 'value',
      message: translator()('kind.problem.scaleValue', { id, keys }),
    };
  },

  matches: (q, answer, ref) =>
    typeof ref === 'number' ? levelByKey(q.scale, answer.level)?.value === ref : answer.level === String(ref),
  numericValue(q, answer) {
    const score = this.score(q, answer);
    return typeof score === 'number' ? score : undefined;
  },
  refProblem(q, ref) {
    if (typeof ref !== 'string' || levelByKey(q.scale, ref)) return undefined;
    const keys = (q.scale ?? []).map((l) => l.key).join(', ');
    return {
      code: 'unknown-scale-key',
      message: translator()('kind.problem.notLevel', { level: ref, id: q.question.id, keys }),
    };
  },
  refLabel(q, ref, words) {
    const level = q.scale?.find((l) => l.key === String(ref) || l.value === ref);
    return level ? words.label(level.label, 80) : undefined;
  },
  sampleAnswers: (q) => (q.scale ?? []).map((l) => ({ level: l.key })),

  offer: (q) => ({
    type: 'pick',
    picks: (q.scale ?? []).map((l) => ({
      key: l.key,
      label: l.label,
      ...(l.description !== undefined ? { description: l.description } : {}),
    })),
  }),
  currentPick: (q, answer) =>
    answer.level !== undefined && levelByKey(q.scale, answer.level) ? `a:${answer.level}` : undefined,
  answerFor: (key) => ({ level: key }),

  describe(q, answer, words) {
    if (answer.level === undefined) return undefined;
    const level = levelByKey(q.scale, answer.level);
    return level ? words.label(level.label, 80) : words.raw(answer.level, 60);
  },
  targetName(q, words) {
    const level = q.scale?.find((l) => l.value === q.target);
    return level ? words.label(level.label, 80) : undefined;
  },
  paperChoices: (q) => (q.scale ?? []).map((l) => ({ label: l.label, description: l.description })),
  paperWriteIn: () => null,
};
