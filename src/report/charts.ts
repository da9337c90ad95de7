import type { TextDirection } from '../i18n/direction.js';
import { partSeparator, itemSeparator } from '../i18n/format.js';
import { chartX } from './chart-direction.js';
import { formatPercent } from './format-number.js';

/** One value of a bar chart row. */
export interface BarInput {
  percent: number | null;
  fill: string;
  text: string;
  /** Series name, for the legend and the bar's tooltip. */
  series: string;
}

/** A horizontal bar chart, laid out: templates print coordinates, never compute them. */
export interface BarChart {
  id: string;
  title: string;
  desc: string;
  width: number;
  height: number;
  labelX: number;
  ticks: { x: number; y: number; label: string; lineY1: number; lineY2: number }[];
  rows: {
    label: string;
    labelY: number;
    bars: {
      x: number;
      y: number;
      width: number;
      height: number;
      fill: string;
      text: string;
      textX: number;
      textY: number;
      tip: string;
    }[];
  }[];
  /** Legend items (several series only), laid out by the page as an HTML list so they never overlap. */
  legend: { label: string; fill: string }[];
}

const LABEL_W = 190;
const PLOT_W = 380;
const ROW_GAP = 14;
const BAR_H = 18;
const TOP = 12;

/**
 * Lays out a horizontal bar chart (0..100%) with one bar per series in each row; right to left (`dir` rtl), the
 * labels stand on the right and the bars grow from the right.
 */
export function buildBarChart(
  id: string,
  title: string,
  rows: { label: string; values: BarInput[] }[],
  dir: TextDirection = 'ltr',
): BarChart {
  const series = rows[0]?.values.length ?? 1;
  const rowH = series * BAR_H + ROW_GAP;
  const plotBottom = TOP + rows.length * rowH;
  // Room for the longest label (about 7.5 px a character at the chart's font size), within limits.
  const labelW = Math.round(
    Math.max(LABEL_W, Math.min(320, 7.5 * Math.max(0, ...rows.map((r) => r.label.length)) + 16)),
  );
  const x0 = labelW;
  const width = labelW + PLOT_W + 60;
  const at = chartX(dir, width);
  const laid = rows.map((row, r) => {
    const y = TOP + r * rowH;
    return {
      label: row.label,
      labelY: y + (series * BAR_H) / 2 + 5,
      bars: row.values.map((v, s) => {
        const length =
          v.percent === null ? 0 : Math.round((Math.max(0, Math.min(100, v.percent)) / 100) * PLOT_W);
        const by = y + s * BAR_H;
        return {
          x: at(x0, length),
          y: by + 2,
          width: length,
          height: BAR_H - 4,
          fill: v.fill,
          text: v.text,
          textX: at(x0 + length + 6),
          textY: by + BAR_H - 5,
          tip: `${v.series}: ${v.text}`,
        };
      }),
    };
  });
  const ticks = [0, 25, 50, 75, 100].map((t) => ({
    x: at(x0 + (t / 100) * PLOT_W),
    y: plotBottom + 14,
    label: formatPercent(t),
    lineY1: TOP - 4,
    lineY2: plotBottom,
  }));
  const names = rows[0]?.values ?? [];
  const legend = series > 1 ? names.map((v) => ({ label: v.series, fill: v.fill })) : [];
  const desc = rows
    .map(
      (row) =>
        `${row.label}: ${row.values.map((v) => (series > 1 ? `${v.series} ${v.text}` : v.text)).join(itemSeparator())}`,
    )
    .join(partSeparator());
  return {
    id,
    title,
    desc,
    width,
    height: plotBottom + 22,
    labelX: at(labelW - 8),
    ticks,
    rows: laid,
    legend,
  };
}

export { buildHeatMap, wrap, type HeatCell, type HeatMap } from './heat-map.js';
export type { DistributionChart } from './distribution-chart.js';
