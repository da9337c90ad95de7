import type { Translate } from '../i18n/format.js';
import { isCalendarDate } from '../text/calendar-date.js';
import type { GridCell } from './grid.js';

/** A cell's content of the type wanted, or the message saying why it cannot be. */
export type CellRead<T> = { ok: true; value: T } | { ok: false; message: string };

const fail = (message: string): CellRead<never> => ({ ok: false, message });

/** What a formula or error cell is, when it cannot be read as any value. */
function unreadable(cell: GridCell, t: Translate): CellRead<never> | undefined {
  if (cell.type === 'formula') return fail(t('sheet.problem.formula', { formula: cut(`=${cell.formula}`) }));
  if (cell.type === 'error') return fail(t('sheet.problem.errorValue', { error: cut(cell.error) }));
  return undefined;
}

/**
 * A cell as text, trimmed, within `limit` characters: text as written, a number as its digits, a link as its
 * address when `link` says so (else its words); a date, a TRUE/FALSE, a formula or an error is a problem.
 */
export function readText(cell: GridCell, limit: number, t: Translate, link = false): CellRead<string> {
  const bad = unreadable(cell, t);
  if (bad) return bad;
  let text: string;
  if (cell.type === 'empty') text = '';
  else if (cell.type === 'text') text = cell.text;
  else if (cell.type === 'number') text = String(cell.value);
  else if (cell.type === 'link') text = link ? cell.url : cell.text;
  else if (cell.type === 'date') return fail(t('sheet.problem.dateNotText', { value: cell.date }));
  else return fail(t('sheet.problem.booleanNotText'));
  text = text.replace(/\r\n?/g, '\n').trim();
  return text.length > limit ? fail(t('sheet.problem.tooLong', { limit })) : { ok: true, value: text };
}

/** A cell as a YYYY-MM-DD date (a date cell, or text written so), '' when empty. */
export function readDate(cell: GridCell, t: Translate): CellRead<string> {
  if (cell.type === 'date') return { ok: true, value: cell.date };
  if (cell.type === 'number') return fail(t('sheet.problem.numberNotDate', { value: cell.value }));
  const text = readText(cell, 40, t);
  if (!text.ok) return text;
  return dateText(text.value, t);
}

/** One line of text as a YYYY-MM-DD date ('' stays ''). */
export function dateText(text: string, t: Translate): CellRead<string> {
  const trimmed = text.trim();
  return trimmed === '' || isCalendarDate(trimmed)
    ? { ok: true, value: trimmed }
    : fail(t('sheet.problem.notDate', { value: cut(trimmed) }));
}

/** A cell as a number: a number cell, or text that is a plain decimal number; undefined when empty. */
export function readNumber(cell: GridCell, t: Translate): CellRead<number | undefined> {
  if (cell.type === 'number') return { ok: true, value: cell.value };
  const text = readText(cell, 100, t);
  if (!text.ok) return text;
  if (text.value === '') return { ok: true, value: undefined };
  return /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(text.value)
    ? { ok: true, value: Number(text.value) }
    : fail(t('sheet.problem.notNumber', { value: cut(text.value) }));
}

/** Text as people and spreadsheets vary it: case, spaces and curly apostrophes ignored. */
export function normalizeWords(text: string): string {
  return text
    .replace(/[\u2018\u2019\u02BC]/g, "'")
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/** A value shown in a message, cut to a readable length. */
export function cut(text: string, max = 60): string {
  const one = text.replace(/\s+/g, ' ');
  return one.length > max ? `${one.slice(0, max - 1)}…` : one;
}
