/** A cell as read from a workbook or CSV file: untrusted, any type a person or a program may have put there. */
export type GridCell =
  | { type: 'empty' }
  | { type: 'text'; text: string }
  | { type: 'number'; value: number }
  | { type: 'date'; date: string }
  | { type: 'boolean'; value: boolean }
  | { type: 'formula'; formula: string }
  | { type: 'error'; error: string }
  | { type: 'link'; text: string; url: string };

/** One sheet as read: its rows from row 1, each a list of cells from column A (shorter rows are empty after). */
export interface GridSheet {
  name: string;
  rows: GridCell[][];
}

/** A file as read: a workbook's sheets, or a CSV file's one sheet (whose name messages leave out). */
export interface Grid {
  kind: 'xlsx' | 'csv';
  sheets: GridSheet[];
}

const EMPTY: GridCell = { type: 'empty' };

/** The cell at a 1-based row and 0-based column (empty outside the rows read). */
export function cellAt(sheet: GridSheet, row: number, column: number): GridCell {
  return sheet.rows[row - 1]?.[column] ?? EMPTY;
}

/** Whether a cell holds nothing (or only spaces). */
export function isBlank(cell: GridCell): boolean {
  return cell.type === 'empty' || (cell.type === 'text' && cell.text.trim() === '');
}

/** The 1-based row and 0-based column of an address such as "C12", or undefined. */
export function parseAddress(address: string): { row: number; column: number } | undefined {
  const match = /^([A-Z]{1,3})([1-9]\d{0,6})$/.exec(address);
  if (!match) return undefined;
  let column = 0;
  for (const c of match[1] ?? '') column = column * 26 + (c.charCodeAt(0) - 64);
  return { row: Number(match[2]), column: column - 1 };
}
