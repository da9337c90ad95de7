import type { Answer } from '../model/checklist.js';
import { isConditionRecord } from '../model/applicability.js';

/**
 * What an answer says, as a key two answers share exactly when they say the same: the same level, the same value
 * (a multiple choice in any order), both "not applicable", or both "don't know". Notes, evidence, reasons and
 * times do not count. Undefined for a weak answer (see isWeak).
 */
export function answerKey(answer: Answer): string | undefined {
  if (isWeak(answer)) return undefined;
  if (answer.level !== undefined) return `level:${answer.level}`;
  if (answer.value !== undefined) {
    const value = Array.isArray(answer.value) ? [...answer.value].sort() : answer.value;
    return `value:${JSON.stringify(value)}`;
  }
  if (answer.na !== undefined) return 'na';
  return 'unknown';
}

/**
 * An answer that says nothing about the measure: skipped for now, or "not applicable" written by the interview
 * because a condition was false (derived, recomputed after merging). A weak answer never overrides a real one.
 */
export function isWeak(answer: Answer): boolean {
  return answer.skipped === true || isConditionRecord(answer);
}
