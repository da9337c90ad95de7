import { levelNotTaken, wrongValue } from './shared.js';
import type { AnswerKind } from './types.js';
import { translator } from '../../i18n/format.js';

/** A question answered in free text; never scored, and a condition can only ask whether it is answered. */
export const textKind: AnswerKind = {
  name: 'text',
  get noun() {
    return translator()('kind.noun.text');
  },
  fields: [],
  requires: [],
  comparable: false,
  paperInstruction: 'kind.text',

  maxScore: () => undefined,
  targetScore: () => undefined,
  targetProblem: () => ({
    code: 'kind-mismatch',
    message: translator()('kind.problem.targetText'),
  }),
  zeroTopScore: () => undefined,
  keyScore: () => undefined,

  score: (_q, answer) => (typeof answer.value === 'string' ? undefined : null),
  answerProblem(q, answer) {
    if (answer.level !== undefined) return levelNotTaken(q, this.noun);
    const v = answer.value;
    if (v === undefined || typeof v === 'string') return undefined;
    return wrongValue(q, 'kind.problem.value.text');
  },

  matches: (_q, answer, ref) => answer.value === ref,
  numericValue: () => undefined,
  refProblem: () => undefined,
  refLabel: () => undefined,
  sampleAnswers: () => [{ value: 'text' }],

  offer: (_q, t) => ({ type: 'enter', name: t('interview.choice.enterText'), entry: { type: 'text' } }),
  currentPick: (_q, answer) => (answer.value !== undefined ? 'enter' : undefined),
  answerFor: (key) => ({ value: key }),

  describe: (_q, answer, words) =>
    typeof answer.value === 'string' ? words.raw(answer.value, 80) : undefined,
  targetName: () => undefined,
  paperChoices: () => [],
  paperWriteIn: (_q, t) => t('questionnaire.answer'),
};
