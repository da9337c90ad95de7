import type { Condition, Question } from '../model/checklist.js';
import type { MessageKey } from '../i18n/en.js';

/** A question's two condition fields: `when` (applicability) and `requires` (dependency), checked alike. */
export const CONDITION_FIELDS = ['when', 'requires'] as const;

/** One of a question's condition fields. */
export type ConditionField = (typeof CONDITION_FIELDS)[number];

/** What can be wrong with a condition; each field has its own diagnostic code for each (`when-cycle`, `requires-cycle`). */
type ConditionProblem =
  | 'unknown-question'
  | 'self-reference'
  | 'cycle'
  | 'forward-reference'
  | 'unscored-question'
  | 'never-true'
  | 'undecided';

/** The code and message of one problem in one field; the types keep the two in step. */
interface FieldRule<F extends ConditionField, P extends ConditionProblem> {
  code: `${F}-${P}`;
  message: Extract<MessageKey, `validate.${F}-${P}`>;
}

type FieldRules<F extends ConditionField> = { readonly [P in ConditionProblem]: FieldRule<F, P> };

/** The diagnostic of each problem in each field; the messages name the field. */
export const FIELD_RULES: { readonly [F in ConditionField]: FieldRules<F> } = {
  when: {
    'unknown-question': { code: 'when-unknown-question', message: 'validate.when-unknown-question' },
    'self-reference': { code: 'when-self-reference', message: 'validate.when-self-reference' },
    cycle: { code: 'when-cycle', message: 'validate.when-cycle' },
    'forward-reference': { code: 'when-forward-reference', message: 'validate.when-forward-reference' },
    'unscored-question': { code: 'when-unscored-question', message: 'validate.when-unscored-question' },
    'never-true': { code: 'when-never-true', message: 'validate.when-never-true' },
    undecided: { code: 'when-undecided', message: 'validate.when-undecided' },
  },
  requires: {
    'unknown-question': { code: 'requires-unknown-question', message: 'validate.requires-unknown-question' },
    'self-reference': { code: 'requires-self-reference', message: 'validate.requires-self-reference' },
    cycle: { code: 'requires-cycle', message: 'validate.requires-cycle' },
    'forward-reference': {
      code: 'requires-forward-reference',
      message: 'validate.requires-forward-reference',
    },
    'unscored-question': {
      code: 'requires-unscored-question',
      message: 'validate.requires-unscored-question',
    },
    'never-true': { code: 'requires-never-true', message: 'validate.requires-never-true' },
    undecided: { code: 'requires-undecided', message: 'validate.requires-undecided' },
  },
};

/** A question's condition with its field. */
export interface FieldCondition {
  field: ConditionField;
  condition: Condition;
}

/** Whether a question has a `when` or a `requires`. */
export function hasConditions(question: Question): boolean {
  return question.when !== undefined || question.requires !== undefined;
}

/** The conditions a question has, each with its field, `when` first. */
export function questionConditions(question: Question): readonly FieldCondition[] {
  // Called for every question several times over: most have neither field, and share one empty list.
  if (!hasConditions(question)) return NO_CONDITIONS;
  const conditions: FieldCondition[] = [];
  for (const field of CONDITION_FIELDS) {
    const condition = question[field];
    if (condition) conditions.push({ field, condition });
  }
  return conditions;
}

const NO_CONDITIONS: readonly FieldCondition[] = [];
