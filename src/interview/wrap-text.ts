// Code points that take no column: combining marks (variation selectors among them), zero-width spaces and joiners,
// directional marks and isolates, the BOM.
const ZERO_WIDTH = /^(?:\p{M}|\u200d|[\u200b\u200c\u200e\u200f\u2028-\u202e\u2060-\u206f\ufeff])+$/u;
// East Asian wide and fullwidth ranges (Hangul Jamo, CJK, kana, Hangul syllables, compatibility and fullwidth forms).
const WIDE =
  /[\u1100-\u115f\u231a\u231b\u2329\u232a\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\ua960-\ua97f\uac00-\ud7a3\uf900-\ufaff\ufe10-\ufe19\ufe30-\ufe6f\uff00-\uff60\uffe0-\uffe6\u{1f300}-\u{1f64f}\u{1f900}-\u{1f9ff}\u{20000}-\u{3fffd}]/u;
// A pictograph shown as an emoji: one with emoji presentation, or followed by the emoji variation selector.
const EMOJI = /\p{Emoji_Presentation}|\p{Extended_Pictographic}\ufe0f/u;

const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** The columns one grapheme cluster takes in a terminal: 0, 1 or 2. */
function clusterWidth(cluster: string): number {
  if (ZERO_WIDTH.test(cluster)) return 0;
  return WIDE.test(cluster) || EMOJI.test(cluster) ? 2 : 1;
}

/** The columns a string takes in a terminal (no control characters: they are stripped before display). */
export function displayWidth(text: string): number {
  let width = 0;
  for (const { segment } of segmenter.segment(text)) width += clusterWidth(segment);
  return width;
}

/**
 * Text wrapped to `width` columns at word boundaries (spaces), by display width. Each line keeps its leading
 * indent on the lines it wraps into (a line starting with a tab, a command to copy, is indented and left whole); a word wider than the line is cut between characters. Existing line
 * breaks are kept; trailing spaces are dropped.
 */
export function wrapText(text: string, width: number): string {
  const room = Math.max(Math.floor(width), 8);
  return text
    .split('\n')
    .map((line) => wrapLine(line, room))
    .join('\n');
}

function wrapLine(line: string, width: number): string {
  // A line that starts with a tab is a command to copy: shown indented, on one line, never split.
  if (line.startsWith('\t')) return `    ${line.slice(1).trimEnd()}`;
  if (displayWidth(line) <= width) return line.trimEnd();
  const indent = /^ */.exec(line)?.[0] ?? '';
  const pad = indent.length < width / 2 ? indent : '';
  const words = line
    .slice(indent.length)
    .split(/ +/)
    .filter((w) => w !== '');
  if (words.length === 0) return '';
  const lines: string[] = [];
  let current = indent;
  let used = indent.length;
  let empty = true;
  for (const word of words) {
    const w = displayWidth(word);
    if (!empty && used + 1 + w <= width) {
      current += ` ${word}`;
      used += 1 + w;
      continue;
    }
    if (!empty) {
      lines.push(current);
      current = pad;
      used = pad.length;
    }
    if (used + w <= width) {
      current += word;
      used += w;
    } else {
      const pieces = cutWord(word, width - used, width - pad.length);
      current += pieces[0] ?? '';
      for (const piece of pieces.slice(1)) {
        lines.push(current);
        current = pad + piece;
      }
      used = pad.length + displayWidth(pieces.at(-1) ?? '');
      if (pieces.length === 1) used = displayWidth(current);
    }
    empty = false;
  }
  lines.push(current);
  return lines.join('\n');
}

/** A word too wide for a line cut between grapheme clusters: the first piece fits `first`, the others `rest`. */
function cutWord(word: string, first: number, rest: number): string[] {
  const pieces: string[] = [];
  let piece = '';
  let used = 0;
  let room = Math.max(first, 1);
  for (const { segment } of segmenter.segment(word)) {
    const w = clusterWidth(segment);
    if (used + w > room && piece !== '') {
      pieces.push(piece);
      piece = '';
      used = 0;
      room = Math.max(rest, 2);
    }
    piece += segment;
    used += w;
  }
  pieces.push(piece);
  return pieces;
}

/** Text cut to at most `width` columns, ending in "…" when cut. */
export function fitWidth(text: string, width: number): string {
  if (displayWidth(text) <= width) return text;
  let out = '';
  let used = 0;
  for (const { segment } of segmenter.segment(text)) {
    const w = clusterWidth(segment);
    if (used + w > width - 1) break;
    out += segment;
    used += w;
  }
  return `${out}…`;
}

/** Text padded with spaces to `width` columns (by display width). */
export function padWidth(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - displayWidth(text)));
}

/**
 * Prose whose lines were broken at a fixed width (a YAML block, Markdown soft breaks) joined back into one line
 * per paragraph, so that it can be wrapped to the terminal's width: a line break is kept before a blank line, a
 * list item ("- ", "* ", "1. ") or an indented line, and after a blank line.
 */
export function reflowParagraphs(text: string): string {
  return text.replace(/([^\n])\n(?![\n ]|[-*•] |\d+[.)] )(?=\S)/g, '$1 ');
}
