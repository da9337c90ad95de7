import type { TextDirection } from '../i18n/direction.js';
import { partSeparator } from '../i18n/format.js';
import { chartX } from './chart-direction.js';

/** A pillar x theme heat map, laid out. */
export interface HeatMap {
  id: string;
  title: string;
  desc: string;
  width: number;
  height: number;
  columns: { x: number; lines: { text: string; y: number }[] }[];
  rows: { label: string; x: number; y: number }[];
  cells: {
    x: number;
    y: number;
    width: number;
    height: number;
    fill: string;
    /** The text colour with at least 4.5:1 contrast on the fill. */
    ink: string;
    /** `cell` or, for a cell with too few answers to score, `cell cell-few` (drawn dashed). */
    className: string;
    text: string;
    textX: number;
    textY: number;
    tip: string;
  }[];
  /** The legend: the scale's steps, then the marks for too few answers and no applicable question. */
  legend: { label: string; fill: string; ink: string; text: string; className: string }[];
  /** The same values as a table: column labels, then one row of cell texts per row label. */
  table: { header: string[]; rows: { label: string; cells: string[] }[] };
}

/** One heat-map cell before layout. */
export interface HeatCell {
  row: number;
  column: number;
  text: string;
  fill: string;
  ink: string;
  /** Too few answers to score the cell (under the coverage rule). */
  few: boolean;
  tip: string;
}

const CELL_W = 118;
const CELL_H = 40;
const HEAD_H = 44;

/** Lays out a heat map from row labels, column labels and cells; right to left (`dir` rtl), mirrored. */
export function buildHeatMap(
  id: string,
  title: string,
  rowLabels: string[],
  columnLabels: string[],
  cells: HeatCell[],
  legend: HeatMap['legend'],
  dir: TextDirection = 'ltr',
): HeatMap {
  const left = 150;
  const width = left + columnLabels.length * CELL_W + 4;
  const at = chartX(dir, width);
  const heads = columnLabels.map((label) => wrap(label, 15, 4));
  // Column headings take up to four lines; the grid starts below the tallest.
  const headH = HEAD_H + 15 * Math.max(0, Math.max(1, ...heads.map((h) => h.length)) - 2);
  return {
    id,
    title,
    desc: cells.map((c) => c.tip).join(partSeparator()),
    width,
    height: headH + rowLabels.length * CELL_H + 4,
    columns: heads.map((lines, i) => ({
      x: at(left + i * CELL_W + CELL_W / 2),
      lines: lines.map((text, k, all) => ({ text, y: headH - 8 - (all.length - 1 - k) * 15 })),
    })),
    rows: rowLabels.map((label, i) => ({ label, x: at(left - 8), y: headH + i * CELL_H + CELL_H / 2 + 5 })),
    cells: cells.map((c) => {
      const x = left + c.column * CELL_W;
      const y = headH + c.row * CELL_H;
      return {
        x: at(x + 1, CELL_W - 2),
        y: y + 1,
        width: CELL_W - 2,
        height: CELL_H - 2,
        fill: c.fill,
        ink: c.ink,
        className: c.few ? 'cell cell-few' : 'cell',
        text: c.text,
        textX: at(x + CELL_W / 2),
        textY: y + CELL_H / 2 + 5,
        tip: c.tip,
      };
    }),
    legend,
    table: {
      header: columnLabels,
      rows: rowLabels.map((label, r) => ({
        label,
        cells: columnLabels.map((_, k) => cells.find((c) => c.row === r && c.column === k)?.text ?? '–'),
      })),
    },
  };
}

/** Splits a label into lines of at most `max` characters (at most `most` lines, the last shortened). */
export function wrap(label: string, max: number, most = 3): string[] {
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
  if (lines.length <= most) return lines;
  const last = lines.slice(most - 1).join(' ');
  return [...lines.slice(0, most - 1), last.length > max ? `${last.slice(0, max - 1)}…` : last];
}
