import { levelNotTaken, toBoolean, wrongValue } from './shared.js';
import type { AnswerKind } from './types.js';
import { translator } from '../../i18n/format.js';

/** A question answered yes (scores 1) or no (scores 0). */
export const yesnoKind: AnswerKind = {
  name: 'yesno',
  get noun() {
    return translator()('kind.noun.yesno');
  },
  fields: [],
  requires: [],
  comparable: true,
  paperInstruction: 'kind.yesno',

  maxScore: () => 1,
  targetScore(q) {
    const t = q.question.target;
    if (t === 1 || t === 0) return t;
    return typeof t === 'number' || t === undefined ? undefined : this.keyScore(q, t);
  },
  targetProblem: (question) =>
    [true, false, 'yes', 'no'].includes(question.target as never)
      ? undefined
      : { code: 'target-out-of-range', message: translator()('kind.problem.targetYesno') },
  zeroTopScore: () => undefined,
  keyScore(_q, key) {
    const b = toBoolean(key);
    return b === undefined ? undefined : b ? 1 : 0;
  },

  score: (_q, answer) => (typeof answer.value === 'boolean' ? (answer.value ? 1 : 0) : null),
  answerProblem(q, answer) {
    if (answer.level !== undefined) return levelNotTaken(q, this.noun);
    if (answer.value === undefined || typeof answer.value === 'boolean') return undefined;
    return wrongValue(q, 'kind.problem.value.yesno');
  },

  matches: (_q, answer, ref) => answer.value === toBoolean(ref),
  numericValue(q, answer) {
    const score = this.score(q, answer);
    return typeof score === 'number' ? score : undefined;
  },
  refProblem: (q, ref) =>
    toBoolean(ref) === undefined
      ? { code: 'kind-mismatch', message: translator()('kind.problem.refYesno', { id: q.question.id }) }
      : undefined,
  refLabel: () => undefined,
  sampleAnswers: () => [{ value: true }, { value: false }],

  offer: (_q, t) => ({
    type: 'pick',
    picks: [
      { key: 'yes', label: t('interview.choice.yes') },
      { key: 'no', label: t('interview.choice.no') },
    ],
  }),
  currentPick: (_q, answer) =>
    typeof answer.value === 'boolean' ? (answer.value ? 'a:yes' : 'a:no') : undefined,
  answerFor: (key) => ({ value: key === 'yes' }),

  describe: (_q, answer, words) =>
    typeof answer.value === 'boolean' ? (answer.value ? words.yes : words.no) : undefined,
  targetName: (q, words) => (q.target === 1 ? words.yes : words.no),
  paperChoices: (_q, t) => [
    { label: t('questionnaire.yes'), description: undefined },
    { label: t('questionnaire.no'), description: undefined },
  ],
  paperWriteIn: () => null,
};
