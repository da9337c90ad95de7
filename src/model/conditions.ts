import type { Answer, ChecklistIndex, Condition, IndexedQuestion } from './checklist.js';
import { answerScore } from './answer-value.js';
import { answerKind, type AnswerRef } from './answer-kinds/index.js';

/** The answers a condition is evaluated against; questions that do not apply must read as unanswered. */
export type AnswerLookup = (id: string) => Answer | undefined;

/** Every question id a condition refers to, in order of appearance. */
export function conditionRefs(condition: Condition, out: string[] = []): string[] {
  if ('all' in condition) condition.all.forEach((c) => conditionRefs(c, out));
  else if ('any' in condition) condition.any.forEach((c) => conditionRefs(c, out));
  else if ('not' in condition) conditionRefs(condition.not, out);
  else out.push(condition.question);
  return out;
}

/** Evaluates a declarative condition; a reference to an unknown question is false. */
export function evaluateCondition(
  condition: Condition,
  index: ChecklistIndex,
  lookup: AnswerLookup,
): boolean {
  if ('all' in condition) return condition.all.every((c) => evaluateCondition(c, index, lookup));
  if ('any' in condition) return condition.any.some((c) => evaluateCondition(c, index, lookup));
  if ('not' in condition) return !evaluateCondition(condition.not, index, lookup);
  const q = index.byId.get(condition.question);
  const answer = lookup(condition.question);
  const substantive = q !== undefined && answer !== undefined && isSubstantive(q, answer);
  if (condition.answered !== undefined) return condition.answered === substantive;
  if (!q || !answer || !substantive) return false;
  if (condition.equals !== undefined) return answerKind(q).matches(q, answer, condition.equals);
  if (condition.in !== undefined) return condition.in.some((ref) => answerKind(q).matches(q, answer, ref));
  if (condition.atLeast !== undefined) {
    const threshold = refScore(q, condition.atLeast);
    const score = answerKind(q).numericValue(q, answer);
    return threshold !== undefined && score !== undefined && score >= threshold;
  }
  return false;
}

function isSubstantive(q: IndexedQuestion, answer: Answer): boolean {
  if (answer.skipped || answer.na || answer.unknown) return false;
  return answerScore(q, answer) !== null;
}

/** The score a key or number in a condition stands for. */
export function refScore(q: IndexedQuestion, ref: AnswerRef): number | undefined {
  return typeof ref === 'number' ? ref : answerKind(q).keyScore(q, ref);
}
