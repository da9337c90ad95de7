import { neutralizeText, restoreText } from './formula-guard.js';
import type { CellValue } from './workbook-model.js';

/** The byte-order mark that makes Excel read a CSV file as UTF-8. */
const BOM = '\uFEFF';

/** A CSV file (RFC 4180: CRLF line ends, fields quoted when needed), with a BOM; text cells never formulas. */
export function writeCsv(rows: readonly (readonly CellValue[])[]): string {
  return BOM + rows.map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}

function csvField(value: CellValue): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  const text = typeof value === 'string' ? neutralizeText(value) : value.date;
  return /[",\r\n]/.test(text) || text !== text.trim() ? `"${text.replaceAll('"', '""')}"` : text;
}

/** A CSV file read: its rows of fields (formula guards undone), or the row where a quoted field never closes. */
export type CsvRead = { ok: true; rows: string[][] } | { ok: false; row: number; column: number };

/**
 * Reads CSV text (RFC 4180; LF or CRLF line ends; a BOM ignored). Stops with the position of an unclosed quote.
 * Reads at most `maxRows` rows (the caller reports a file that has more).
 */
export function readCsv(text: string, maxRows: number): CsvRead {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let start = { row: 1, column: 1 };
  let i = text.startsWith(BOM) ? 1 : 0;
  const endField = (): void => {
    row.push(restoreText(field));
    field = '';
  };
  for (; i < text.length; i++) {
    const c = text[i] ?? '';
    if (quoted) {
      if (c !== '"') field += c;
      else if (text[i + 1] === '"') {
        field += '"';
        i++;
      } else quoted = false;
      continue;
    }
    if (c === '"' && field === '') {
      quoted = true;
      start = { row: rows.length + 1, column: row.length + 1 };
    } else if (c === ',') endField();
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      endField();
      rows.push(row);
      row = [];
      if (rows.length > maxRows) return { ok: true, rows };
    } else field += c;
  }
  if (quoted) return { ok: false, row: start.row, column: start.column };
  if (field !== '' || row.length > 0) {
    endField();
    rows.push(row);
  }
  return { ok: true, rows };
}
