/**
 * Line-level helpers shared by the fast reader and the fast locator, so both see the same structure in a text:
 * where a line's content ends, which lines are blank or comments, how far a line is indented, where a key is.
 * Lines end in `\n` or `\r\n` (the fast reader declines a text with any other `\r`).
 */

export const NL = 10;
export const CR = 13;
export const SPACE = 32;
export const HASH = 35;
export const DASH = 45;
export const COLON = 58;
export const DQUOTE = 34;
export const SQUOTE = 39;

/** Thrown (never outside the fast reader) when a text is not one the fast reader can vouch for. */
export const BAIL: unique symbol = Symbol('bail');

export function bail(): never {
  // eslint-disable-next-line @typescript-eslint/only-throw-error
  throw BAIL;
}

/** End of the content of the line holding `pos`: the position of its `\r\n` or `\n`, or the end of the text. */
export function lineEnd(text: string, pos: number): number {
  let end = text.indexOf('\n', pos);
  if (end < 0) end = text.length;
  return end > pos && text.charCodeAt(end - 1) === CR ? end - 1 : end;
}

/** Start of the line after the one holding `pos` (the text's length after the last line). */
export function nextLine(text: string, pos: number): number {
  const end = text.indexOf('\n', pos);
  return end < 0 ? text.length : end + 1;
}

/** First position at or after `pos` (and before `end`) that is not a space. */
export function skipSpaces(text: string, pos: number, end: number): number {
  let p = pos;
  while (p < end && text.charCodeAt(p) === SPACE) p++;
  return p;
}

/** How many spaces the line starting at `start` begins with. */
export function indentAt(text: string, start: number): number {
  let p = start;
  while (text.charCodeAt(p) === SPACE) p++;
  return p - start;
}

/** Start of the first line, at or after the line start `start`, holding more than spaces or a comment. */
export function contentLine(text: string, start: number): number {
  let p = start;
  while (p < text.length) {
    let q = p;
    while (text.charCodeAt(q) === SPACE) q++;
    const c = text.charCodeAt(q);
    if (q < text.length && c !== NL && c !== CR && c !== HASH) return p;
    p = nextLine(text, q);
  }
  return text.length;
}

/** Whether a block sequence entry starts at `pos`: a dash followed by a space or the end of the line. */
export function isDash(text: string, pos: number): boolean {
  if (text.charCodeAt(pos) !== DASH) return false;
  const next = text.charCodeAt(pos + 1);
  return next === SPACE || next === NL || next === CR || pos + 1 >= text.length;
}

/** Whether `pos` (before `end`) starts a comment or ends the line, once spaces are skipped. */
export function restIsEmpty(text: string, pos: number, end: number): boolean {
  const p = skipSpaces(text, pos, end);
  return p === end || (p > pos && text.charCodeAt(p) === HASH);
}
