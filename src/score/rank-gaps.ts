import { basisRank } from '../model/basis.js';
import type { QuestionScore, Scorecard } from './types.js';

/** Two gaps closer than this are equal: sums of weights and fractions differ by rounding noise only. */
const SAME_GAP = 1e-12;

/** How many gaps the "most urgent" lists of reports and `score` show. */
export const TOP_GAPS = 5;

/** What ranks a gap: the parts of a question's score the ranking rule reads. */
export type RankKey = Pick<QuestionScore, 'gap' | 'basis' | 'weight' | 'index'>;

/**
 * The ranking rule: the larger weighted gap first; then the stronger basis (obligation, recommendation,
 * practice); then the larger weight; then checklist order. Negative when `a` ranks before `b`.
 */
export function compareGaps(a: RankKey, b: RankKey): number {
  return samePriority(a, b) ? a.index - b.index : priorityOrder(a, b);
}

/** Whether two gaps tie on every key of the rule but checklist order, which decides nothing about urgency. */
export function samePriority(a: RankKey, b: RankKey): boolean {
  return priorityOrder(a, b) === 0;
}

function priorityOrder(a: RankKey, b: RankKey): number {
  if (Math.abs(b.gap - a.gap) > SAME_GAP) return b.gap - a.gap;
  const basis = basisRank(a.basis) - basisRank(b.basis);
  return basis !== 0 ? basis : b.weight - a.weight;
}

/** Questions with a positive gap, ranked by the rule of `compareGaps`. */
export function rankGaps(questions: readonly QuestionScore[]): QuestionScore[] {
  return questions.filter((q) => q.gap > SAME_GAP).sort(compareGaps);
}

/**
 * How many gaps after the first `n` of a ranked list have the same priority as the n-th: a "top n" list that
 * ends inside a tie must say so, or checklist order would silently decide which equal gaps are shown.
 */
export function tiedAfterTop(ranked: readonly RankKey[], n: number): number {
  const last = ranked[n - 1];
  if (n <= 0 || last === undefined) return 0;
  let count = 0;
  for (const key of ranked.slice(n)) {
    if (!samePriority(key, last)) break;
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
  const byId = new Map(card.questions.map((q) => [q.id, q]));
  const ranked = card.gaps.flatMap((id) => byId.get(id) ?? []);
  const count = tiedAfterTop(ranked, TOP_GAPS);
  return count === 0 ? undefined : { count, gap: ranked[TOP_GAPS - 1]?.gap ?? 0 };
}
