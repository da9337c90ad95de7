import type { QuestionScore } from '../score/types.js';
import type { Agreement, ChangeKind, QuestionComparison } from './types.js';

const EPSILON = 1e-9;

/** Whether a side has assessed the question: answered, or not in place by dependency (scored 0). */
function assessed(q: QuestionScore): boolean {
  return q.status === 'answered' || q.status === 'absent';
}

/** How a question moved from base to current: improved, regressed, unchanged, newly answered or dropped. */
export function classifyChange(base: QuestionScore, current: QuestionScore): ChangeKind {
  const was = assessed(base);
  const is = assessed(current);
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
  const a = assessed(base);
  const b = assessed(current);
  if (a && b) return Math.abs((current.fraction ?? 0) - (base.fraction ?? 0)) > EPSILON ? 'differ' : 'agree';
  return a || b ? 'one-sided' : 'neither';
}

/** Compares one scored question on both sides: change, agreement, and gaps closed or opened. */
export function compareQuestion(base: QuestionScore, current: QuestionScore): QuestionComparison {
  const both = assessed(base) && assessed(current);
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
    // A gap closes or opens only between two assessments of the question: one side not yet assessed (or
    // answered don't know) says nothing about the gap, so it neither closes nor opens one.
    gapClosed: hasGap(base) && assessed(current) && !hasGap(current),
    gapOpened: assessed(base) && !hasGap(base) && hasGap(current),
  };
}
