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
  return conditionTruth(condition, index, (id) => lookup(id), false) === true;
}

/**
 * How a question a condition refers to reads: its answer (or undefined when there is none), `out` when it does
 * not apply (by its own `when`, or answered "not applicable"), or `absent` when its own `requires` is false.
 */
export type GateRead = Answer | undefined | 'out' | 'absent';

/** The reads a three-valued condition is evaluated against. */
export type GateLookup = (id: string) => GateRead;

/**
 * Evaluates a condition in three values: true, false, or undefined when it depends on a question that has no
 * answer yet (unanswered, skipped or "don't know"), so that nothing is decided on an answer nobody gave. A
 * question that does not apply reads as false in every test but `answered`; one that is not in place reads as
 * its lowest level (score 0). `all` is false as soon as one part is false, `any` true as soon as one is true.
 * With `pending` (the default), an `answered` test on a question nobody has answered yet is undecided too;
 * without it (the static checks of `validate`), "not answered" is an answer.
 */
export function conditionTruth(
  condition: Condition,
  index: ChecklistIndex,
  lookup: GateLookup,
  pending = true,
): boolean | undefined {
  if ('all' in condition) return combine(condition.all, false, index, lookup, pending);
  if ('any' in condition) return combine(condition.any, true, index, lookup, pending);
  if ('not' in condition) {
    const inner = conditionTruth(condition.not, index, lookup, pending);
    return inner === undefined ? undefined : !inner;
  }
  const q = index.byId.get(condition.question);
  if (!q) return false;
  const read = lookup(condition.question);
  if (read === 'absent') return lowestMatches(q, condition);
  if (read === 'out') return condition.answered === undefined ? false : !condition.answered;
  const substantive = read !== undefined && isSubstantive(q, read);
  if (condition.answered !== undefined) {
    const nobody = read === undefined || read.skipped === true || read.unknown === true;
    return pending && nobody ? undefined : condition.answered === substantive;
  }
  if (read === undefined || !substantive) return read?.na ? false : undefined;
  if (condition.equals !== undefined) return answerKind(q).matches(q, read, condition.equals);
  if (condition.in !== undefined) return condition.in.some((ref) => answerKind(q).matches(q, read, ref));
  if (condition.atLeast !== undefined) {
    const threshold = refScore(q, condition.atLeast);
    const score = answerKind(q).numericValue(q, read);
    return threshold !== undefined && score !== undefined && score >= threshold;
  }
  return false;
}

function combine(
  parts: readonly Condition[],
  decisive: boolean,
  index: ChecklistIndex,
  lookup: GateLookup,
  pending: boolean,
): boolean | undefined {
  let open = false;
  for (const part of parts) {
    const value = conditionTruth(part, index, lookup, pending);
    if (value === decisive) return decisive;
    if (value === undefined) open = true;
  }
  return open ? undefined : !decisive;
}

/** A test on a question that is not in place: it reads as answered at its lowest level, score 0. */
function lowestMatches(q: IndexedQuestion, leaf: Extract<Condition, { question: string }>): boolean {
  if (leaf.answered !== undefined) return leaf.answered;
  const refs = leaf.equals !== undefined ? [leaf.equals] : (leaf.in ?? []);
  if (refs.length > 0) return refs.some((ref) => refScore(q, ref) === 0);
  if (leaf.atLeast !== undefined) return (refScore(q, leaf.atLeast) ?? Infinity) <= 0;
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
