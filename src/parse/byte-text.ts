/**
 * A UTF-8 file read one byte to a character (as Latin-1): a byte string. Its text takes half the memory of the
 * decoded text as soon as one character is past U+00FF (a typographic apostrophe is enough), and the structure of
 * YAML is all ASCII, so the fast reader can read it as it is and decode only the strings holding bytes past
 * ASCII. The bytes past ASCII are found once, as runs; positions and lengths count bytes until decoded.
 */

/**
 * Where the runs of bytes past ASCII start and end: [start, end, start, end, ...]. The control characters the fast
 * reader declines (all but tab, line feed and carriage return) are found by the same search and make runs of
 * their own, so one pass over the text finds both (fast-read.ts declines a text with any).
 */
export type HighRuns = Int32Array;

// eslint-disable-next-line no-control-regex -- finding control characters is the point
const HIGH = /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\xff]+/g;

/** The runs of bytes past ASCII (and of control characters) in a byte string. */
export function highRuns(bytes: string): HighRuns {
  const found: number[] = [];
  HIGH.lastIndex = 0;
  for (let m = HIGH.exec(bytes); m; m = HIGH.exec(bytes)) found.push(m.index, m.index + m[0].length);
  return Int32Array.from(found);
}

/** Whether bytes from `start` to `end` hold one past ASCII. */
export function hasHigh(runs: HighRuns, start: number, end: number): boolean {
  // Most strings lie before the first run or after the last.
  const count = runs.length >> 1;
  if (count === 0 || end <= (runs[0] ?? 0) || start >= (runs[2 * count - 1] ?? 0)) return false;
  // The first run ending after `start`; the runs are in order and do not overlap.
  let low = 0;
  let high = count;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((runs[2 * mid + 1] ?? 0) <= start) low = mid + 1;
    else high = mid;
  }
  return low < count && (runs[2 * low] ?? end) < end;
}

// ignoreBOM: a byte-order mark is a character like any other here, not one to drop.
const DECODER = new TextDecoder('utf-8', { ignoreBOM: true });

/** The text of a byte string (whole UTF-8 characters, as every piece cut at ASCII is). */
export function decodeBytes(bytes: string): string {
  const array = new Uint8Array(bytes.length);
  for (let i = 0; i < bytes.length; i++) array[i] = bytes.charCodeAt(i);
  return DECODER.decode(array);
}
