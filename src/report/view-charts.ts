import type { ChecklistIndex } from '../model/checklist.js';
import { categoryLabel } from '../model/checklist.js';
import type { GroupScore, QuestionScore, Scorecard } from '../score/types.js';
import { localize } from '../model/checklist.js';
import { buildBarChart, buildHeatMap, type BarChart, type HeatMap } from './charts.js';
import { buildDistributionChart, type DistributionChart } from './distribution-chart.js';
import type { TextDirection } from '../i18n/direction.js';
import type { Translate } from '../i18n/format.js';
import { formatPercent } from './format-number.js';
import { bandNote } from './view-scores.js';
import { DISTRIBUTION_FILLS, EMPTY_FILL, levelFill, scoreFill, strongFill, textOn } from './palette.js';

/** A bar chart of group scores (pillars, themes), coloured by band. */
export function buildScoreBars(
  id: string,
  title: string,
  groups: readonly GroupScore[],
  card: Scorecard,
  t: Translate,
  dir: TextDirection = 'ltr',
): BarChart {
  return buildBarChart(
    id,
    title,
    groups.map((g) => ({
      label: g.label,
      values: [
        {
          percent: g.percent ?? null,
          fill: strongFill(g.band, card.bands.length),
          text:
            g.percent === undefined
              ? t('words.notAvailable')
              : `${formatPercent(g.percent, t)} ${bandNote(g, card, t) ?? ''}`.trim(),
          series: t('common.score'),
        },
      ],
    })),
    dir,
  );
}

/** The pillar x theme heat map. */
export function buildPillarThemeMap(
  index: ChecklistIndex,
  card: Scorecard,
  t: Translate,
  dir: TextDirection = 'ltr',
): HeatMap {
  const lang = index.checklist.language;
  const pillars = index.checklist.pillars.map((p) => categoryLabel(p, lang));
  const themes = index.checklist.themes.map((t) => categoryLabel(t, lang));
  const nThemes = themes.length;
  // Cross-cutting measures get a column of their own after the themes, so no theme borrows their score.
  const crossCutting = card.crossCuttingCells.some((c) => c.counts.total > 0);
  const placed = [
    ...card.matrix.map((cell, i) => ({ cell, row: Math.floor(i / nThemes), column: i % nThemes })),
    ...(crossCutting ? card.crossCuttingCells.map((cell, row) => ({ cell, row, column: nThemes })) : []),
  ];
  const cells = placed.map(({ cell, row, column }) => {
    const n = cell.counts.applicable;
    const note = bandNote(cell, card, t);
    const band = note === undefined ? '' : ` (${note})`;
    // Shaded by the score itself; a cell under the coverage rule shows no score, only that answers are too few.
    const few = cell.percent !== undefined && !cell.enough;
    const fill = cell.percent === undefined || few ? EMPTY_FILL : scoreFill(cell.percent);
    return {
      row,
      column,
      text: few
        ? t('report.chart.heatmapTooFew')
        : cell.percent === undefined
          ? '–'
          : formatPercent(cell.percent),
      fill: few ? '#ffffff' : fill,
      ink: textOn(few ? '#ffffff' : fill),
      few,
      tip: t('report.chart.heatmapTip', {
        label: cell.label,
        value:
          cell.percent === undefined
            ? t('report.chart.heatmapNone')
            : few
              ? t('report.chart.heatmapTooFew')
              : t('report.chart.heatmapValue', { percent: formatPercent(cell.percent), band, count: n }),
      }),
    };
  });
  const columns = crossCutting ? [...themes, t('score.crossCutting')] : themes;
  const steps = [0, 25, 50, 75, 100].map((p) => {
    const fill = scoreFill(p);
    return { label: formatPercent(p), fill, ink: textOn(fill), text: '', className: 'swatch-cell' };
  });
  const legend = [
    ...steps,
    {
      label: t('report.chart.heatmapTooFewLegend'),
      fill: '#ffffff',
      ink: '#1b1b1b',
      text: '',
      className: 'swatch-cell cell-few',
    },
    {
      label: t('report.chart.heatmapNone'),
      fill: EMPTY_FILL,
      ink: '#1b1b1b',
      text: '–',
      className: 'swatch-cell',
    },
  ];
  return buildHeatMap('chart-heatmap', t('report.chart.heatmap'), pillars, columns, cells, legend, dir);
}

/** How questions were answered, overall and per pillar: answers by level, then don't know, unanswered, N/A. */
export function buildAnswerDistribution(
  index: ChecklistIndex,
  card: Scorecard,
  t: Translate,
  dir: TextDirection = 'ltr',
): DistributionChart {
  const lang = index.checklist.language;
  const levels = [...index.checklist.scale].sort((a, b) => a.value - b.value);
  const top = levels[levels.length - 1]?.value ?? 1;
  const categories = [
    ...levels.map((l, i) => ({ label: localize(l.label, lang), fill: levelFill(i, levels.length) })),
    { label: t('status.unknown'), fill: DISTRIBUTION_FILLS.unknown },
    { label: t('status.unansweredShort'), fill: DISTRIBUTION_FILLS.unanswered },
    { label: t('status.na'), fill: DISTRIBUTION_FILLS.na },
  ];
  const bucket = (q: QuestionScore): number => {
    if (q.status === 'unknown') return levels.length;
    if (q.status === 'unanswered') return levels.length + 1;
    // Not in place by dependency scores the lowest level, which is what it is.
    if (q.status !== 'answered' && q.status !== 'absent') return levels.length + 2;
    // Answers on other scales or kinds go to the default-scale level nearest their fraction of the top.
    const v = (q.fraction ?? 0) * top;
    let best = 0;
    levels.forEach((l, i) => {
      if (Math.abs(l.value - v) < Math.abs((levels[best]?.value ?? 0) - v)) best = i;
    });
    return best;
  };
  const countOf = (qs: readonly QuestionScore[]): number[] => {
    const counts = categories.map(() => 0);
    for (const q of qs) if (q.scored) counts[bucket(q)] = (counts[bucket(q)] ?? 0) + 1;
    return counts;
  };
  const rows = [
    { label: t('report.chart.allQuestions'), counts: countOf(card.questions) },
    ...card.pillars.map((p) => ({
      label: p.label,
      counts: countOf(card.questions.filter((q) => q.pillar === p.id)),
    })),
  ];
  return buildDistributionChart('chart-distribution', t('report.chart.distribution'), categories, rows, dir);
}
