import type { Answer, ChecklistIndex, Condition, IndexedQuestion } from './checklist.js';
import { answerScore } from './answer-value.js';

type AnswerRef = string | number | boolean;
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
  if (condition.equals !== undefined) return matches(q, answer, condition.equals);
  if (condition.in !== undefined) return condition.in.some((ref) => matches(q, answer, ref));
  if (condition.atLeast !== undefined) {
    const threshold = refScore(q, condition.atLeast);
    const score = numericValue(q, answer);
    return threshold !== undefined && score !== undefined && score >= threshold;
  }
  return false;
}

function isSubstantive(q: IndexedQuestion, answer: Answer): boolean {
  if (answer.skipped || answer.na || answer.unknown) return false;
  return answerScore(q, answer) !== null;
}

function matches(q: IndexedQuestion, answer: Answer, ref: AnswerRef): boolean {
  switch (q.kind) {
    case 'scale':
      return typeof ref === 'number'
        ? q.scale?.find((l) => l.key === answer.level)?.value === ref
        : answer.level === String(ref);
    case 'yesno':
      return answer.value === toBoolean(ref);
    case 'multi':
      return Array.isArray(answer.value) && answer.value.includes(String(ref));
    case 'number':
      return answer.value === ref;
    default:
      return answer.value === ref;
  }
}

function numericValue(q: IndexedQuestion, answer: Answer): number | undefined {
  if (q.kind === 'number') return typeof answer.value === 'number' ? answer.value : undefined;
  const score = answerScore(q, answer);
  return typeof score === 'number' ? score : undefined;
}

/** The score a key or number in a condition stands for. */
export function refScore(q: IndexedQuestion, ref: AnswerRef): number | undefined {
  if (typeof ref === 'number') return ref;
  switch (q.kind) {
    case 'scale':
      return q.scale?.find((l) => l.key === String(ref))?.value;
    case 'yesno': {
      const b = toBoolean(ref);
      return b === undefined ? undefined : b ? 1 : 0;
    }
    case 'choice':
      return q.question.options?.find((o) => o.key === String(ref))?.score;
    default:
      return undefined;
  }
}

/** yes/no references may be written as booleans or as yes/no. */
export function toBoolean(ref: AnswerRef): boolean | undefined {
  if (typeof ref === 'boolean') return ref;
  if (ref === 'yes') return true;
  if (ref === 'no') return false;
  return undefined;
}
