import type { QuestionScore } from '../score/types.js';
import type { Agreement, ChangeKind, QuestionComparison } from './types.js';

const EPSILON = 1e-9;

/** How a question moved from base to current: improved, regressed, unchanged, newly answered or dropped. */
export function classifyChange(base: QuestionScore, current: QuestionScore): ChangeKind {
  const was = base.status === 'answered';
  const is = current.status === 'answered';
  if (was && is) {
    const delta = (current.fraction ?? 0) - (base.fraction ?? 0);
    if (delta > EPSILON) return 'improved';
    if (delta < -EPSILON) return 'regressed';
    return 'unchanged';
  }
  if (is) return 'newly-answered';
  if (was) return 'dropped';
  return 'unchanged';
}

/** Whether two respondents gave the same score, different scores, or only one of them answered. */
export function classifyAgreement(base: QuestionScore, current: QuestionScore): Agreement {
  const a = base.status === 'answered';
  const b = current.status === 'answered';
  if (a && b) return Math.abs((current.fraction ?? 0) - (base.fraction ?? 0)) > EPSILON ? 'differ' : 'agree';
  return a || b ? 'one-sided' : 'neither';
}

/** Compares one scored question on both sides: change, agreement, and gaps closed or opened. */
export function compareQuestion(base: QuestionScore, current: QuestionScore): QuestionComparison {
  const both = base.status === 'answered' && current.status === 'answered';
  const delta = both ? (current.fraction ?? 0) - (base.fraction ?? 0) : undefined;
  const hasGap = (q: QuestionScore) => q.gap > EPSILON;
  return {
    id: current.id,
    base,
    current,
    change: classifyChange(base, current),
    delta,
    weightedDifference: delta === undefined ? 0 : current.weight * Math.abs(delta),
    agreement: classifyAgreement(base, current),
    gapClosed: base.counted && hasGap(base) && current.counted && !hasGap(current),
    gapOpened: base.counted && !hasGap(base) && current.counted && hasGap(current),
  };
}
