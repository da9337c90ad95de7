import type { TextDirection } from '../i18n/direction.js';
import type { Translate } from '../i18n/format.js';
import { buildBarChart, type BarChart, type BarInput } from '../report/charts.js';
import { formatPercent } from '../report/format-number.js';
import type { GroupDelta, QuestionComparison } from './types.js';

/** Series colours: both have at least 4.5:1 contrast on white and differ in lightness for grey-scale print. */
const BASE_FILL = '#8c6d1f';
const CURRENT_FILL = '#1f4e79';

/** How many differences the divergence chart shows. */
export const CHART_TOP = 10;

/** The before/after (or side-by-side) bar per pillar, overall first. */
export function buildPillarChart(
  labels: { base: string; current: string },
  overall: GroupDelta,
  pillars: readonly GroupDelta[],
  t: Translate,
  dir: TextDirection = 'ltr',
): BarChart {
  return buildBarChart(
    'compare-pillars',
    t('compare.chart.pillars', { base: labels.base, current: labels.current }),
    [overall, ...pillars].map((g) => ({
      label: g.label,
      values: [
        bar(g.base.percent, BASE_FILL, labels.base),
        bar(g.current.percent, CURRENT_FILL, labels.current),
      ],
    })),
    dir,
  );
}

/** The largest differences, ranked: each question's score on both sides as a share of the top of its scale. */
export function buildDivergenceChart(
  labels: { base: string; current: string },
  ranked: readonly QuestionComparison[],
  t: Translate,
  dir: TextDirection = 'ltr',
): BarChart | null {
  if (ranked.length === 0) return null;
  return buildBarChart(
    'compare-divergence',
    t('compare.chart.divergence', { count: Math.min(CHART_TOP, ranked.length) }),
    ranked.slice(0, CHART_TOP).map((q) => ({
      label: q.id,
      values: [
        bar(100 * (q.base.fraction ?? 0), BASE_FILL, labels.base),
        bar(100 * (q.current.fraction ?? 0), CURRENT_FILL, labels.current),
      ],
    })),
    dir,
  );
}

/**
 * "… and 3 more differences of the same size, listed below": the differences the chart's top list leaves out
 * though they equal its last one, so that checklist order does not silently decide which are drawn; else null.
 */
export function describeDivergenceTie(ranked: readonly QuestionComparison[], t: Translate): string | null {
  const last = ranked[CHART_TOP - 1];
  if (last === undefined) return null;
  let count = 0;
  for (const q of ranked.slice(CHART_TOP)) {
    if (Math.abs(q.weightedDifference - last.weightedDifference) > 1e-12) break;
    count++;
  }
  return count === 0 ? null : t('compare.chart.divergenceTie', { count });
}

function bar(percent: number | undefined, fill: string, series: string): BarInput {
  return { percent: percent ?? null, fill, text: formatPercent(percent), series };
}
