import type { GroupScore, Scorecard } from '../score/types.js';
import { assessedCount } from '../score/aggregate.js';
import type { Translate } from '../i18n/format.js';
import { formatDecimal, formatPercent, roundPercent } from './format-number.js';
import { bandClass } from './palette.js';
import type { ScoreRow } from './view-types.js';

/** A group score formatted for printing. */
export function toScoreRow(g: GroupScore, card: Scorecard, t: Translate): ScoreRow {
  const c = g.counts;
  const note = bandNote(g, card, t);
  return {
    id: g.id,
    label: g.label,
    percent: g.percent === undefined ? null : roundPercent(g.percent),
    percentText: formatPercent(g.percent),
    band: g.band === undefined ? null : (card.bands[g.band]?.label ?? null),
    bandText: note ?? '–',
    bandNote: note ?? null,
    enough: g.enough,
    questionCount: c.total,
    bandClass: bandClass(g.band, card.bands.length),
    coverageText: formatPercent(g.coverage),
    answeredText: t('report.answeredOf', { answered: assessedCount(c), applicable: c.applicable }),
    gapText: formatDecimal(g.gap),
  };
}

/**
 * What stands for a group's band wherever one is printed: the band's label, or "not enough answers" when fewer
 * than half its applicable questions are assessed; undefined when there is no score.
 */
export function bandNote(g: GroupScore, card: Scorecard, t: Translate): string | undefined {
  if (g.band !== undefined) return card.bands[g.band]?.label;
  return g.percent !== undefined && !g.enough ? t('score.notEnough') : undefined;
}

/**
 * The strongest and weakest of some groups with a score and enough answers to read it (first in checklist
 * order on ties): a group mostly unassessed says nothing about strength.
 */
export function extremes(groups: readonly GroupScore[]): { best: GroupScore; worst: GroupScore } | undefined {
  const scored = groups.filter((g) => g.percent !== undefined && g.enough);
  const first = scored[0];
  if (!first) return undefined;
  let best = first;
  let worst = first;
  for (const g of scored) {
    if ((g.percent ?? 0) > (best.percent ?? 0)) best = g;
    if ((g.percent ?? 0) < (worst.percent ?? 0)) worst = g;
  }
  return { best, worst };
}

/** "Strongest pillar: Prevention (58%, Developing); weakest: Rehabilitation (25%, Initial)." */
export function describeExtremes(
  kind: 'pillar' | 'theme',
  groups: readonly GroupScore[],
  card: Scorecard,
  t: Translate,
): string | undefined {
  const e = extremes(groups);
  if (!e) return undefined;
  const show = (g: GroupScore): string => {
    const band = g.band === undefined ? '' : `, ${card.bands[g.band]?.label ?? ''}`;
    return t('report.extremes.group', { label: g.label, percent: formatPercent(g.percent), band });
  };
  const name = t(kind === 'pillar' ? 'report.kind.pillar' : 'report.kind.theme');
  if (e.best === e.worst) return t('report.extremes.only', { kind: name, group: show(e.best) });
  if (formatPercent(e.best.percent) === formatPercent(e.worst.percent))
    return t('report.extremes.equal', { kind: name, percent: formatPercent(e.best.percent) });
  return t('report.extremes.both', { kind: name, best: show(e.best), worst: show(e.worst) });
}

/** The maturity bands with their ranges: "0–39%", …, "90–100%". */
export function describeBands(card: Scorecard): { label: string; range: string }[] {
  const sorted = [...card.bands].sort((a, b) => a.min - b.min);
  return sorted.map((b, i) => {
    const next = sorted[i + 1];
    return { label: b.label, range: next ? `${b.min}–${next.min - 1}%` : `${b.min}–100%` };
  });
}
