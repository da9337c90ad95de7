import type { Answer, ChecklistIndex } from '../model/checklist.js';
import { scoreAnswers } from '../score/score-answers.js';
import type { StatusCounts } from '../score/types.js';
import { STATUS_CATEGORIES } from '../report/status-categories.js';
import { translator } from '../i18n/format.js';

/** Counts of question statuses for one pillar, or for the whole checklist. */
export interface PillarCount {
  pillar: string;
  counts: StatusCounts;
}

/**
 * The end-of-interview counts per pillar and in total, taken from the scorecard itself, so they are the
 * categories and the numbers `score` and the reports give (scored questions only, as in every score).
 */
export function countByPillar(
  index: ChecklistIndex,
  answers: Readonly<Record<string, Answer>>,
): { pillars: PillarCount[]; total: PillarCount } {
  const card = scoreAnswers(index, answers);
  return {
    pillars: card.pillars
      .filter((p) => p.counts.total > 0)
      .map((p) => ({ pillar: p.label, counts: p.counts })),
    total: { pillar: translator()('interview.summary.total'), counts: card.overall.counts },
  };
}

/** A plain-text table of the per-pillar counts, with a total row. */
export function formatSummary(summary: { pillars: readonly PillarCount[]; total: PillarCount }): string {
  const t = translator();
  const all = [...summary.pillars, summary.total];
  const pillar = t('interview.summary.pillar');
  const headings = STATUS_CATEGORIES.map((c) => ({ count: c.count, heading: t(c.heading) }));
  const first = Math.max(pillar.length, ...all.map((r) => r.pillar.length));
  const header = [pillar.padEnd(first), ...headings.map((h) => h.heading)].join('  ');
  const line = (r: PillarCount) =>
    [
      r.pillar.padEnd(first),
      ...headings.map((h) => String(h.count(r.counts)).padStart(h.heading.length)),
    ].join('  ');
  return [header, ...summary.pillars.map(line), line(summary.total)].join('\n');
}
