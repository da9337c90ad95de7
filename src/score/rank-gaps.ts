import type { QuestionScore, Scorecard } from './types.js';

/** Two gaps closer than this are equal: sums of weights and fractions differ by rounding noise only. */
const SAME_GAP = 1e-12;

/** How many gaps the "most urgent" lists of reports and `score` show. */
export const TOP_GAPS = 5;

/** Questions with a positive gap, largest first; equal gaps keep checklist order. */
export function rankGaps(questions: readonly QuestionScore[]): QuestionScore[] {
  return questions
    .filter((q) => q.gap > SAME_GAP)
    .sort((a, b) => (Math.abs(b.gap - a.gap) > SAME_GAP ? b.gap - a.gap : a.index - b.index));
}

/**
 * How many gaps after the first `n` of a ranked list have the same gap as the n-th: a "top n" list that ends
 * inside a tie must say so, or the checklist order would silently decide which equal gaps are shown.
 */
export function tiedAfterTop(ranked: readonly number[], n: number): number {
  const last = ranked[n - 1];
  if (n <= 0 || last === undefined) return 0;
  let count = 0;
  for (const gap of ranked.slice(n)) {
    if (Math.abs(gap - last) > SAME_GAP) break;
    count++;
  }
  return count;
}

/**
 * The gaps the "most urgent" list of a scorecard (its first TOP_GAPS) leaves out though they tie with its last
 * one: how many, and the gap they share; undefined when the list does not end inside a tie.
 */
export function tieAfterTopGaps(
  card: Pick<Scorecard, 'questions' | 'gaps'>,
): { count: number; gap: number } | undefined {
  const gapOf = new Map(card.questions.map((q) => [q.id, q.gap]));
  const ranked = card.gaps.map((id) => gapOf.get(id) ?? 0);
  const count = tiedAfterTop(ranked, TOP_GAPS);
  return count === 0 ? undefined : { count, gap: ranked[TOP_GAPS - 1] ?? 0 };
}
