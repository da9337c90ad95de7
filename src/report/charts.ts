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
    bars: { x: number; y: number; width: number; height: number; fill: string; text: string; textX: number; textY: number; tip: string }[];
  }[];
  legend: { label: string; fill: string; x: number; y: number }[];
}

const LABEL_W = 190;
const PLOT_W = 380;
const ROW_GAP = 14;
const BAR_H = 18;
const TOP = 12;

/** Lays out a horizontal bar chart (0..100%) with one bar per series in each row. */
export function buildBarChart(
  id: string,
  title: string,
  rows: { label: string; values: BarInput[] }[],
): BarChart {
  const series = rows[0]?.values.length ?? 1;
  const rowH = series * BAR_H + ROW_GAP;
  const legendH = series > 1 ? 24 : 0;
  const plotBottom = TOP + rows.length * rowH;
  const x0 = LABEL_W;
  const laid = rows.map((row, r) => {
    const y = TOP + r * rowH;
    return {
      label: row.label,
      labelY: y + (series * BAR_H) / 2 + 5,
      bars: row.values.map((v, s) => {
        const width = v.percent === null ? 0 : Math.round((Math.max(0, Math.min(100, v.percent)) / 100) * PLOT_W);
        const by = y + s * BAR_H;
        return { x: x0, y: by + 2, width, height: BAR_H - 4, fill: v.fill, text: v.text, textX: x0 + width + 6, textY: by + BAR_H - 5, tip: `${v.series}: ${v.text}` };
      }),
    };
  });
  const ticks = [0, 25, 50, 75, 100].map((t) => ({
    x: x0 + (t / 100) * PLOT_W,
    y: plotBottom + 14,
    label: `${t}%`,
    lineY1: TOP - 4,
    lineY2: plotBottom,
  }));
  const names = rows[0]?.values ?? [];
  const legend =
    series > 1 ? names.map((v, i) => ({ label: v.series, fill: v.fill, x: x0 + i * 160, y: plotBottom + 36 })) : [];
  const desc = rows
    .map((row) => `${row.label}: ${row.values.map((v) => (series > 1 ? `${v.series} ${v.text}` : v.text)).join(', ')}`)
    .join('; ');
  return { id, title, desc, width: LABEL_W + PLOT_W + 60, height: plotBottom + 22 + legendH, labelX: LABEL_W - 8, ticks, rows: laid, legend };
}

/** A pillar x theme heat map, laid out. */
export interface HeatMap {
  id: string;
  title: string;
  desc: string;
  width: number;
  height: number;
  columns: { x: number; lines: { text: string; y: number }[] }[];
  rows: { label: string; x: number; y: number }[];
  cells: { x: number; y: number; width: number; height: number; fill: string; text: string; textX: number; textY: number; tip: string }[];
  /** The same values as a table: column labels, then one row of cell texts per row label. */
  table: { header: string[]; rows: { label: string; cells: string[] }[] };
}

/** One heat-map cell before layout. */
export interface HeatCell {
  row: number;
  column: number;
  text: string;
  fill: string;
  tip: string;
}

const CELL_W = 118;
const CELL_H = 40;
const HEAD_H = 44;

/** Lays out a heat map from row labels, column labels and cells. */
export function buildHeatMap(id: string, title: string, rowLabels: string[], columnLabels: string[], cells: HeatCell[]): HeatMap {
  const left = 150;
  return {
    id,
    title,
    desc: cells.map((c) => c.tip).join('; '),
    width: left + columnLabels.length * CELL_W + 4,
    height: HEAD_H + rowLabels.length * CELL_H + 4,
    columns: columnLabels.map((label, i) => ({
      x: left + i * CELL_W + CELL_W / 2,
      lines: wrap(label, 18).map((text, k, all) => ({ text, y: HEAD_H - 8 - (all.length - 1 - k) * 15 })),
    })),
    rows: rowLabels.map((label, i) => ({ label, x: left - 8, y: HEAD_H + i * CELL_H + CELL_H / 2 + 5 })),
    cells: cells.map((c) => {
      const x = left + c.column * CELL_W;
      const y = HEAD_H + c.row * CELL_H;
      return { x: x + 1, y: y + 1, width: CELL_W - 2, height: CELL_H - 2, fill: c.fill, text: c.text, textX: x + CELL_W / 2, textY: y + CELL_H / 2 + 5, tip: c.tip };
    }),
    table: {
      header: columnLabels,
      rows: rowLabels.map((label, r) => ({
        label,
        cells: columnLabels.map((_, k) => cells.find((c) => c.row === r && c.column === k)?.text ?? '–'),
      })),
    },
  };
}

/** Splits a label into lines of at most `max` characters (at most two lines, the second shortened). */
export function wrap(label: string, max: number): string[] {
  const words = label.split(/\s+/);
  const lines: string[] = [];
  let line = '';
  for (const w of words) {
    if (line && `${line} ${w}`.length > max) {
      lines.push(line);
      line = w;
    } else line = line ? `${line} ${w}` : w;
  }
  if (line) lines.push(line);
  if (lines.length <= 2) return lines;
  const second = lines.slice(1).join(' ');
  return [lines[0] ?? '', second.length > max ? `${second.slice(0, max - 1)}…` : second];
}

export type { DistributionChart } from './distribution-chart.js';
