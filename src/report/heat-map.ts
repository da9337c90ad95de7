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
    text: string;
    textX: number;
    textY: number;
    tip: string;
  }[];
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
export function buildHeatMap(
  id: string,
  title: string,
  rowLabels: string[],
  columnLabels: string[],
  cells: HeatCell[],
): HeatMap {
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
      return {
        x: x + 1,
        y: y + 1,
        width: CELL_W - 2,
        height: CELL_H - 2,
        fill: c.fill,
        text: c.text,
        textX: x + CELL_W / 2,
        textY: y + CELL_H / 2 + 5,
        tip: c.tip,
      };
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
