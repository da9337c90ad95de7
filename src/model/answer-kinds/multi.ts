import {
  allZero,
  levelNotTaken,
  optionByKey,
  targetMisfit,
  targetRange,
  unknownOptionRef,
  wrongValue,
} from './shared.js';
import type { AnswerKind } from './types.js';
import { translator } from '../../i18n/format.js';

/** A question answered with any number of options; their scores add up, up to an optional cap. */
export const multiKind: AnswerKind = {
  name: 'multi',
  get noun() {
    return translator()('kind.noun.multi');
  },
  fields: ['options', 'cap'],
  requires: ['options'],
  comparable: true,
  paperInstruction: 'kind.multi',

  maxScore: (q) =>
    q.question.cap ??
    (q.question.options ? q.question.options.reduce((sum, o) => sum + o.score, 0) : undefined),
  targetScore: (q) => (typeof q.question.target === 'number' ? q.question.target : undefined),
  targetProblem(question) {
    const t = question.target;
    if (typeof t !== 'number') return targetMisfit(t, 'multi');
    return targetRange(t, question.cap ?? (question.options ?? []).reduce((s, o) => s + o.score, 0));
  },
  zeroTopScore: (question) =>
    allZero(question.options?.map((o) => o.score))
      ? { field: 'options', what: translator()('kind.zero.options') }
      : undefined,
  keyScore: () => undefined,

  score(q, answer) {
    const value = answer.value;
    if (!Array.isArray(value)) return null;
    const options = q.question.options ?? [];
    if (!value.every((k) => options.some((o) => o.key === k))) return null;
    const sum = options.filter((o) => value.includes(o.key)).reduce((s, o) => s + o.score, 0);
    return q.max === undefined ? sum : Math.min(sum, q.max);
  },
  answerProblem(q, answer) {
    if (answer.level !== undefined) return levelNotTaken(q, this.noun);
    const v = answer.value;
    if (v === undefined) return undefined;
    if (!Array.isArray(v)) return wrongValue(q, 'kind.problem.value.multi');
    const unknown = v.filter((k) => !optionByKey(q.question.options, k));
    if (unknown.length === 0) return undefined;
    return {
      code: 'unknown-option',
      field: 'value',
      message: translator()('kind.problem.notOptions', {
        values: unknown.map((k) => `"${k}"`).join(', '),
        id: q.question.id,
      }),
    };
  },

  matches: (_q, answer, ref) => Array.isArray(answer.value) && answer.value.includes(String(ref)),
  numericValue(q, answer) {
    const score = this.score(q, answer);
    return typeof score === 'number' ? score : undefined;
  },
  refProblem: (q, ref, atLeast) =>
    unknownOptionRef(q, ref) ??
    (atLeast
      ? { code: 'kind-mismatch', message: translator()('kind.problem.refMulti', { id: q.question.id }) }
      : undefined),
  refLabel(q, ref, words) {
    const option = optionByKey(q.question.options, String(ref));
    return option ? words.label(option.label, 60) : undefined;
  },
  sampleAnswers(q) {
    const keys = (q.question.options ?? []).map((o) => o.key).slice(0, 10);
    const subsets: { value: string[] }[] = [];
    for (let mask = 0; mask < 1 << keys.length; mask++)
      subsets.push({ value: keys.filter((_, i) => mask & (1 << i)) });
    return subsets;
  },

  offer: (q, t) => ({
    type: 'enter',
    name: t('interview.choice.enterOptions'),
    entry: {
      type: 'options',
      options: (q.question.options ?? []).map((o) => ({ key: o.key, label: o.label })),
    },
  }),
  currentPick: (_q, answer) => (answer.value !== undefined ? 'enter' : undefined),
  answerFor: (key) => ({ value: key }),

  describe(q, answer, words) {
    const v = answer.value;
    if (!Array.isArray(v)) return undefined;
    const options = q.question.options ?? [];
    const known = options.filter((o) => v.includes(o.key)).map((o) => words.label(o.label, 60));
    const unknown = v.filter((k) => !optionByKey(options, k)).map((k) => words.raw(k, 60));
    const labels = [...known, ...unknown];
    return labels.length > 0 ? labels.join(', ') : words.none;
  },
  targetName: () => undefined,
  paperChoices: (q) => (q.question.options ?? []).map((o) => ({ label: o.label, description: undefined })),
  paperWriteIn: () => null,
};
