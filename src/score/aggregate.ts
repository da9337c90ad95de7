import { bandFor } from './bands.js';
import type { BandInfo, GroupScore, QuestionScore, StatusCounts } from './types.js';

/** Below this coverage (assessed / applicable, in percent) a group reads "not enough answers", not a band. */
export const MIN_COVERAGE = 50;

/** How many of a group's questions are assessed: answered, or not in place by dependency. Coverage counts these. */
export function assessedCount(counts: Pick<StatusCounts, 'answered' | 'absent'>): number {
  return counts.answered + counts.absent;
}

/** Aggregates question scores into one group score: sum(w·s) / sum(w) over the counted questions. */
export function aggregate(
  id: string,
  label: string,
  questions: readonly QuestionScore[],
  bands: readonly BandInfo[],
): GroupScore {
  const counts: StatusCounts = {
    total: 0,
    applicable: 0,
    answered: 0,
    absent: 0,
    unknown: 0,
    unanswered: 0,
    na: 0,
    inapplicable: 0,
    unscored: 0,
  };
  let earned = 0;
  let possible = 0;
  let gap = 0;
  for (const q of questions) {
    if (!q.scored) {
      counts.unscored++;
      continue;
    }
    counts.total++;
    counts[q.status]++;
    if (!q.counted) continue;
    counts.applicable++;
    earned += q.weight * (q.fraction ?? 0);
    possible += q.weight;
    gap += q.gap;
  }
  const percent = possible > 0 ? Math.min(100, Math.max(0, (100 * earned) / possible)) : undefined;
  const coverage = counts.applicable > 0 ? (100 * assessedCount(counts)) / counts.applicable : undefined;
  const enough = coverage !== undefined && coverage >= MIN_COVERAGE;
  // The band is read from the whole percentage a reader sees, so "40%" never sits in the band below 40.
  const band = enough && percent !== undefined ? bandFor(Math.round(percent), bands) : undefined;
  return { id, label, percent, band, earned, possible, coverage, enough, gap, counts };
}
