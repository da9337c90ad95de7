import type { TextDirection } from '../i18n/direction.js';
import { partSeparator, itemSeparator } from '../i18n/format.js';
import { chartX } from './chart-direction.js';

/** One category of answers (a level, don't know, unanswered, not applicable). */
export interface DistributionCategory {
  label: string;
  fill: string;
}

/** A stacked bar chart of how questions were answered, laid out. */
export interface DistributionChart {
  id: string;
  title: string;
  desc: string;
  width: number;
  height: number;
  labelX: number;
  rows: {
    label: string;
    labelY: number;
    totalText: string;
    totalX: number;
    segments: { x: number; y: number; width: number; height: number; fill: string; tip: string }[];
  }[];
  /** Legend items, laid out by the page (an HTML list), so long labels wrap and never overlap. */
  legend: { label: string; fill: string }[];
  /** The same numbers as a table: header labels, then one row of counts per chart row. */
  table: { header: string[]; rows: { label: string; counts: number[]; total: number }[] };
  /** The same table turned: a column per chart row, a row per category, so it fits a page however many categories. */
  byCategory: { header: string[]; rows: { label: string; counts: number[] }[]; totals: number[] };
}

const LABEL_W = 190;
const PLOT_W = 380;
const ROW_H = 30;
const TOP = 8;

/** Lays out stacked bars: each row's counts per category, scaled to the row's total; from the right in `dir` rtl. */
export function buildDistributionChart(
  id: string,
  title: string,
  categories: DistributionCategory[],
  rows: { label: string; counts: number[] }[],
  dir: TextDirection = 'ltr',
): DistributionChart {
  const chartWidth = LABEL_W + PLOT_W + 40;
  const at = chartX(dir, chartWidth);
  const laid = rows.map((row, r) => {
    const total = row.counts.reduce((a, b) => a + b, 0);
    const y = TOP + r * ROW_H;
    let x = LABEL_W;
    const segments = row.counts.flatMap((n, c) => {
      if (n === 0 || total === 0) return [];
      const width = (n / total) * PLOT_W;
      const seg = {
        x: at(round(x), round(width)),
        y: y + 4,
        width: round(width),
        height: ROW_H - 10,
        fill: categories[c]?.fill ?? '#444444',
        tip: `${categories[c]?.label ?? ''}: ${n}`,
      };
      x += width;
      return [seg];
    });
    return {
      label: row.label,
      labelY: y + ROW_H / 2 + 4,
      totalText: `${total}`,
      totalX: at(LABEL_W + PLOT_W + 8),
      segments,
    };
  });
  const legend = categories.map((cat) => ({ label: cat.label, fill: cat.fill }));
  const totals = rows.map((r) => r.counts.reduce((a, b) => a + b, 0));
  const desc = rows
    .map(
      (row) =>
        `${row.label}: ${row.counts.map((n, c) => `${n} ${categories[c]?.label ?? ''}`).join(itemSeparator())}`,
    )
    .join(partSeparator());
  return {
    id,
    title,
    desc,
    width: chartWidth,
    height: TOP + rows.length * ROW_H + 4,
    labelX: at(LABEL_W - 8),
    rows: laid,
    legend,
    table: {
      header: categories.map((c) => c.label),
      rows: rows.map((r, i) => ({ label: r.label, counts: r.counts, total: totals[i] ?? 0 })),
    },
    byCategory: {
      header: rows.map((r) => r.label),
      rows: categories.map((cat, c) => ({ label: cat.label, counts: rows.map((r) => r.counts[c] ?? 0) })),
      totals,
    },
  };
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}
