import type { ParsedYaml, Position } from './parsed.js';
import { fastData } from './fast-read.js';
import { FastLocator } from './fast-locate.js';
import { decodeBytes, hasHigh, highRuns, type HighRuns } from './byte-text.js';

/**
 * A file read by the fast reader, or undefined when it declines the text. Positions are found only when asked
 * for (for the paths that have findings), by walking the text again: no parser with positions runs, and the
 * `yaml` package is not loaded. `copyStrings`: see fastData.
 */
export function fastParsed(text: string, copyStrings = true): ParsedYaml | undefined {
  const data = fastData(text, copyStrings);
  return data === undefined ? undefined : withPositions(text, data);
}

/**
 * A large file read as a byte string (byte-text.ts: one character a byte) by the fast reader, or undefined when
 * it declines it. The data is what fastParsed gives for the decoded text (its strings are slices of the byte
 * string or, where they hold bytes past ASCII, decoded), and so are the positions: the lines are the same, and
 * a column counts the characters that the bytes before it on its line decode to.
 */
export function fastBytesParsed(bytes: string, high: HighRuns = highRuns(bytes)): ParsedYaml | undefined {
  const data = fastData(bytes, false, high);
  return data === undefined ? undefined : withPositions(bytes, data, high);
}

function withPositions(text: string, data: Record<string, unknown>, high?: HighRuns): ParsedYaml {
  let locator: FastLocator | undefined;
  let lines: Int32Array | undefined;
  return {
    data,
    problems: [],
    locate(path, atKey = false): Position {
      locator ??= new FastLocator(text, high);
      lines ??= lineStarts(text);
      const at = position(lines, locator.offset(path, atKey));
      if (high === undefined) return at;
      const start = lines[at.line - 1] ?? 0;
      const offset = start + at.col - 1;
      return hasHigh(high, start, offset)
        ? { line: at.line, col: decodeBytes(text.slice(start, offset)).length + 1 }
        : at;
    },
  };
}

/** Where each line starts. */
function lineStarts(text: string): Int32Array {
  let count = 1;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) count++;
  const starts = new Int32Array(count);
  let n = 1;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts[n++] = i + 1;
  return starts;
}

/** The 1-based line and column of an offset, as the `yaml` package's LineCounter gives them. */
function position(starts: Int32Array, offset: number): Position {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if ((starts[mid] ?? 0) <= offset) low = mid;
    else high = mid - 1;
  }
  return { line: low + 1, col: offset - (starts[low] ?? 0) + 1 };
}
