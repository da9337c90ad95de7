import type { Question, QuestionKind } from '../checklist.js';
import { choiceKind } from './choice.js';
import { multiKind } from './multi.js';
import { numberKind } from './number.js';
import { scaleKind } from './scale.js';
import { textKind } from './text.js';
import type { AnswerKind, KindField } from './types.js';
import { yesnoKind } from './yesno.js';
import { listOf } from '../../i18n/format.js';

export type * from './types.js';
export { KIND_FIELDS } from './types.js';
export { toBoolean } from './shared.js';
export { thresholdScore } from './number.js';

/** Every answer kind, in the order messages list them. The one place a kind is registered. */
export const ANSWER_KINDS: readonly AnswerKind[] = [
  scaleKind,
  yesnoKind,
  choiceKind,
  multiKind,
  numberKind,
  textKind,
];

/** The kind a question without `kind:` has. */
export const DEFAULT_KIND: QuestionKind = 'scale';

const byName = new Map<string, AnswerKind>(ANSWER_KINDS.map((k) => [k.name, k]));

/** The module of a kind by name. */
export function kindNamed(name: QuestionKind): AnswerKind {
  const kind = byName.get(name);
  if (kind === undefined) throw new Error(`no module for answer kind "${name}"`);
  return kind;
}

/** The kind module of a question (its `kind:`, or the default). */
export function answerKind(question: Pick<Question, 'kind'>): AnswerKind {
  return kindNamed(question.kind ?? DEFAULT_KIND);
}

/** The kinds that take a kind-specific question field, as messages name them ("choice and multi"), listed by Intl. */
export function kindsTaking(field: KindField): string {
  const names = ANSWER_KINDS.filter((k) => k.fields.includes(field)).map((k) => k.name);
  return listOf(names);
}
