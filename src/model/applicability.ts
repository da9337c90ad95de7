import type { Answer, ChecklistIndex } from './checklist.js';
import { evaluateCondition, type AnswerLookup } from './conditions.js';

/** Which questions apply, keyed by question id. */
export type Applicability = ReadonlyMap<string, boolean>;

/**
 * Which questions apply, given the answers: a question whose `when` is false does not, and its answer then
 * reads as unanswered in later conditions. The one place applicability is decided: computed from the
 * checklist and the answers alone, so a stored `inapplicable` or `na.byCondition` flag (derived output the
 * interview writes for readers of the file) is never read here.
 */
export function applicability(
  index: ChecklistIndex,
  answers: Readonly<Record<string, Answer>>,
): Map<string, boolean> {
  const applies = new Map<string, boolean>();
  const lookup: AnswerLookup = (id) => (applies.get(id) === false ? undefined : answers[id]);
  for (const q of index.questions) {
    const when = q.question.when;
    applies.set(q.question.id, when === undefined || evaluateCondition(when, index, lookup));
  }
  return applies;
}

/** Whether the question with this id applies; an id the map does not know applies. */
export function applies(map: Applicability, id: string): boolean {
  return map.get(id) !== false;
}

/** True when an answer is the "not applicable by condition" record the interview derives from applicability. */
export function isConditionRecord(answer: Answer | undefined): boolean {
  return answer?.na?.byCondition === true;
}

/** The answer as it counts for a question that applies: a derived "not applicable by condition" record is none. */
export function countedAnswer(answer: Answer | undefined): Answer | undefined {
  return isConditionRecord(answer) ? undefined : answer;
}
