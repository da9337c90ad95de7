/** A cell's value: text (always written as text, never as a formula), a number, a calendar date, or nothing. */
export type CellValue = string | number | { date: string } | null;

/** How a cell looks: a sheet title, a column header, a label, text, text the respondent reads but cannot change (fixed), or a cell the respondent fills. */
export type CellStyle = 'title' | 'header' | 'label' | 'text' | 'fixed' | 'input';

/** What a cell accepts: one of a list (a drop-down of a range), a number, or a date. */
export type CellRule =
  | { type: 'list'; range: string; strict: boolean; prompt: string; error: string }
  | { type: 'number'; min: number | undefined; max: number | undefined; prompt: string; error: string }
  | { type: 'date'; prompt: string; error: string };

/** One cell: its value, style, and for a cell the respondent fills, the rule it follows. */
export interface CellSpec {
  value: CellValue;
  style: CellStyle;
  rule?: CellRule | undefined;
  /** Shown as a date (YYYY-MM-DD) when it holds one, as a date typed into it does. */
  date?: boolean | undefined;
}

/** One sheet of a workbook, as plain data: no library objects. */
export interface SheetSpec {
  name: string;
  /** `hidden` sheets hold what the respondent never reads (the lists of drop-downs, the export's identity). */
  state: 'visible' | 'hidden';
  /** Column widths in characters, from column A. */
  widths: number[];
  /** Rows from row 1; `input` cells are unlocked, every other cell is locked by the sheet protection. */
  rows: CellSpec[][];
  /** Rows and columns kept in view when scrolling (the header row and the question id). */
  freeze?: { rows: number; columns: number } | undefined;
  /** Printed `pagesWide` pages wide, the first `repeatRows` rows and `repeatColumns` columns on every page. */
  print?: { landscape: boolean; pagesWide: number; repeatRows: number; repeatColumns: number } | undefined;
}

/** A whole workbook: its sheets in order, and the title and author written in its properties. */
export interface WorkbookSpec {
  title: string;
  creator: string;
  sheets: SheetSpec[];
}

/** The name of column `index` (0-based), as a spreadsheet shows it: A, B, ..., Z, AA. */
export function columnName(index: number): string {
  let n = index + 1;
  let name = '';
  while (n > 0) {
    const rest = (n - 1) % 26;
    name = String.fromCharCode(65 + rest) + name;
    n = Math.floor((n - 1) / 26);
  }
  return name;
}

/** A cell's address, as a spreadsheet shows it: column letters then the 1-based row ("C12"). */
export function cellAddress(row: number, column: number): string {
  return `${columnName(column)}${row}`;
}

/** Points per line of 11-point text, and the most a row may be (Excel's limit). */
const LINE_POINTS = 15;
const MAX_ROW_POINTS = 409;

/**
 * The height of a row whose cells wrap their text, in points, estimated from the text and the column widths: a
 * spreadsheet program does not grow a row to its wrapped text when it opens a file (LibreOffice's PDF export does
 * not either), so text would hide behind the next row. Undefined for a row of one line.
 */
export function rowHeight(row: readonly CellSpec[], widths: readonly number[]): number | undefined {
  let lines = 1;
  row.forEach((cell, i) => {
    if (typeof cell.value !== 'string') return;
    // A column of width w holds about 1.2 w characters of 11-point text; fewer in bold headers and the large title.
    const factor = cell.style === 'title' ? 0.8 : cell.style === 'header' ? 1.0 : 1.2;
    const perLine = Math.max(4, Math.floor((widths[i] ?? 10) * factor));
    const count = cell.value
      .split('\n')
      .reduce((sum, line) => sum + Math.max(1, Math.ceil(line.length / perLine)), 0);
    lines = Math.max(lines, count);
  });
  const scale = row.some((c) => c.style === 'title') ? 1.5 : 1;
  return lines > 1 || scale > 1 ? Math.min(MAX_ROW_POINTS, lines * LINE_POINTS * scale + 3) : undefined;
}
