import {
  allZero,
  levelNotTaken,
  optionByKey,
  targetMisfit,
  targetRange,
  topOf,
  unknownOptionRef,
  wrongValue,
} from './shared.js';
import type { AnswerKind } from './types.js';
import { translator } from '../../i18n/format.js';

/** A question answered with one option, each option scoring its own score. */
export const choiceKind: AnswerKind = {
  name: 'choice',
  get noun() {
    return translator()('kind.noun.choice');
  },
  fields: ['options'],
  requires: ['options'],
  comparable: true,
  paperInstruction: 'kind.choice',

  maxScore: (q) => (q.question.options ? topOf(q.question.options.map((o) => o.score)) : undefined),
  targetScore(q) {
    const t = q.question.target;
    if (t === undefined) return undefined;
    return typeof t === 'number' ? t : this.keyScore(q, String(t));
  },
  targetProblem(question) {
    const t = question.target;
    if (typeof t === 'string')
      return optionByKey(question.options, t)
        ? undefined
        : { code: 'unknown-option', message: translator()('kind.problem.targetNotOption', { target: t }) };
    if (typeof t === 'number')
      return targetRange(t, Math.max(...(question.options ?? []).map((o) => o.score)));
    return targetMisfit(t, 'choice');
  },
  zeroTopScore: (question) =>
    allZero(question.options?.map((o) => o.score))
      ? { field: 'options', what: translator()('kind.zero.options') }
      : undefined,
  keyScore: (q, key) => optionByKey(q.question.options, String(key))?.score,

  score: (q, answer) =>
    typeof answer.value === 'string' ? (optionByKey(q.question.options, answer.value)?.score ?? null) : null,
  answerProblem(q, answer) {
    if (answer.level !== undefined) return levelNotTaken(q, this.noun);
    const v = answer.value;
    if (v === undefined) return undefined;
    if (typeof v !== 'string') return wrongValue(q, 'kind.problem.value.choice');
    const options = q.question.options ?? [];
    return optionByKey(options, v)
      ? undefined
      : {
          code: 'unknown-option',
          field: 'value',
          message: translator()('kind.problem.notOption', {
            value: v,
            id: q.question.id,
            keys: options.map((o) => o.key).join(', '),
          }),
        };
  },

  matches: (_q, answer, ref) => answer.value === ref,
  numericValue(q, answer) {
    const score = this.score(q, answer);
    return typeof score === 'number' ? score : undefined;
  },
  refProblem: (q, ref) => unknownOptionRef(q, ref),
  refLabel(q, ref, words) {
    const option = optionByKey(q.question.options, String(ref));
    return option ? words.label(option.label, 60) : undefined;
  },
  sampleAnswers: (q) => (q.question.options ?? []).map((o) => ({ value: o.key })),

  offer: (q) => ({
    type: 'pick',
    picks: (q.question.options ?? []).map((o) => ({ key: o.key, label: o.label })),
  }),
  currentPick: (q, answer) =>
    typeof answer.value === 'string' && optionByKey(q.question.options, answer.value)
      ? `a:${answer.value}`
      : undefined,
  answerFor: (key) => ({ value: key }),

  describe(q, answer, words) {
    const v = answer.value;
    if (typeof v !== 'string') return undefined;
    const option = optionByKey(q.question.options, v);
    return option ? words.label(option.label, 60) : words.raw(v, 60);
  },
  targetName(q, words) {
    const option = q.question.options?.find((o) => o.score === q.target);
    return option ? words.label(option.label, 60) : undefined;
  },
  paperChoices: (q) => (q.question.options ?? []).map((o) => ({ label: o.label, description: undefined })),
  paperWriteIn: () => null,
};
