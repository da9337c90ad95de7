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

/**
 * The per-pillar counts and the total, one line each ("Rehabilitation  26 answered · 1 no data (don’t know)"),
 * leaving out categories at zero and wrapping to the terminal's width under the counts.
 */
export function formatSummary(
  summary: { pillars: readonly PillarCount[]; total: PillarCount },
  width = 80,
): string {
  const t = translator();
  const all = [...summary.pillars, summary.total];
  const first = Math.max(...all.map((r) => r.pillar.length)) + 2;
  const line = (r: PillarCount): string => {
    const parts = STATUS_CATEGORIES.map((c) => ({ c, n: c.count(r.counts) }))
      .filter(({ c, n }) => n > 0 || c.id === 'answered')
      .map(({ c, n }) => t(c.counted, { count: n }));
    return wrapParts(r.pillar.padEnd(first), parts, ' · ', Math.max(width, first + 20));
  };
  return [t('interview.summary.heading'), ...all.map(line)].join('\n');
}

/** Joins parts after a label, starting a new line (indented under the first part) when one would pass `width`. */
function wrapParts(label: string, parts: readonly string[], separator: string, width: number): string {
  const indent = ' '.repeat(label.length);
  const lines: string[] = [];
  let current = label;
  parts.forEach((part, i) => {
    const piece = i === 0 ? part : `${separator}${part}`;
    // Room for the piece and, should another follow, the separator left at the end of the line.
    const room = i === parts.length - 1 ? 0 : separator.trimEnd().length;
    if (i > 0 && current.length + piece.length + room > width) {
      lines.push(current + separator.trimEnd());
      current = indent + part;
    } else current += piece;
  });
  lines.push(current);
  return lines.join('\n');
}
