import type { QuestionScore } from './types.js';

/** Questions with a positive gap, largest first; equal gaps keep checklist order. */
export function rankGaps(questions: readonly QuestionScore[]): QuestionScore[] {
  return questions
    .filter((q) => q.gap > 1e-12)
    .sort((a, b) => (Math.abs(b.gap - a.gap) > 1e-12 ? b.gap - a.gap : a.index - b.index));
}
