// Terminal control in untrusted text, removed whole so that no printable residue ("[2J", "]52;c;...") is left:
// - control strings (OSC, DCS, SOS, PM, APC; 7-bit ESC ] P X ^ _ or 8-bit U+009D U+0090 U+0098 U+009E U+009F)
//   up to their terminator (BEL, ESC \, U+009C) or, unterminated, to the end of the line;
// - CSI sequences (ESC [ or U+009B, parameters, intermediates, final byte);
// - other escape sequences (ESC, intermediates, one final byte);
// - every other C0 control except tab and newline, DEL, and every C1 control;
// - bidirectional embeddings, overrides and isolates (U+202A-U+202E, U+2066-U+2069), which can make text
//   display in another order than it is stored. The marks U+200E, U+200F and U+061C are kept: they reorder
//   nothing beyond their neighbours and right-to-left text needs them (Rust's text_direction_codepoint lint
//   draws the same line).
const CONTROL = new RegExp(
  [
    '(?:\\u001b[\\]PX^_]|[\\u0090\\u0098\\u009d-\\u009f])[^\\u0007\\u001b\\u009c\\n]*(?:\\u0007|\\u001b\\\\|\\u009c)?',
    '(?:\\u001b\\[|\\u009b)[0-?]*[ -/]*[@-~]?',
    '\\u001b[ -/]*[0-~]?',
    '[\\u0000-\\u0008\\u000b-\\u001f\\u007f-\\u009f\\u202a-\\u202e\\u2066-\\u2069]',
  ].join('|'),
  'g',
);

// Every sequence CONTROL removes starts with one of the characters of its last alternative: text without any of
// them has nothing to remove, which one scan for a character tells sooner than the alternation (a page of HTML is
// cleaned three times on its way out).
const CONTROL_START = new RegExp(CONTROL.source.slice(CONTROL.source.lastIndexOf('|') + 1));

// A UTF-16 half without its other half: not a character, and invalid in UTF-8 output.
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
const SURROGATE = /[\ud800-\udfff]/;

/** Removes terminal control sequences and characters (see above) and lone surrogates from untrusted text; keeps tabs and newlines. */
export function stripControl(text: string): string {
  return withoutLoneSurrogates(CONTROL_START.test(text) ? text.replace(CONTROL, '') : text);
}

function withoutLoneSurrogates(text: string): string {
  return SURROGATE.test(text) ? text.replace(LONE_SURROGATE, '') : text;
}

/** FIRST STRONG ISOLATE and POP DIRECTIONAL ISOLATE: text between them takes its own direction and affects nothing outside. */
export const FSI = '\u2068';
/** Closes an FSI. */
export const PDI = '\u2069';

// Letters of right-to-left scripts and the right-to-left marks: text with none of them reads left to right
// however it is placed, so isolating it would change nothing but add invisible characters (and width). Digits of
// those scripts (Arabic-Indic) are weak: a date in them needs no isolate.
const RTL =
  /(?!\p{Nd})[\p{Script=Hebrew}\p{Script=Arabic}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}\p{Script=Samaritan}\p{Script=Mandaic}\p{Script=Adlam}\p{Script=Hanifi_Rohingya}\p{Script=Yezidi}\u200f\u061c]/u;

// In right-to-left text, any letter or digit can reorder with its neighbours: a Latin name, a citation, "45%".
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/**
 * Untrusted text stripped of control (cleanOutput: isolates already paired are kept) and each of its lines that
 * could reorder the text around it wrapped in FSI … PDI (a name beside a score, say). In left-to-right text
 * (`context` ltr, the default) that is a line with right-to-left letters outside such isolates; in right-to-left
 * text, a line with any letter or digit (a Latin-script name or citation, a number), since Latin text and
 * numbers reorder there. Each isolate takes the direction of its first strong letter, as `dir="auto"` does.
 */
export function isolateBidi(text: string, context: 'ltr' | 'rtl' = 'ltr'): string {
  const needs = context === 'rtl' ? LETTER_OR_DIGIT : RTL;
  return cleanOutput(text)
    .split('\n')
    .map((line) => (needs.test(outsideIsolates(line)) ? `${FSI}${line}${PDI}` : line))
    .join('\n');
}

function outsideIsolates(line: string): string {
  let depth = 0;
  let out = '';
  for (const c of line) {
    if (c === FSI) depth++;
    else if (c === PDI) depth--;
    else if (depth === 0) out += c;
  }
  return out;
}

// Everything stripControl removes except FSI and PDI, which cleanOutput keeps when they pair up.
const OUTPUT_CONTROL = new RegExp(CONTROL.source.replace('\\u2066-\\u2069', '\\u2066\\u2067'), 'g');
const OUTPUT_CONTROL_START = new RegExp(
  OUTPUT_CONTROL.source.slice(OUTPUT_CONTROL.source.lastIndexOf('|') + 1),
);

/**
 * The last guard on text output (Markdown, HTML, terminal): control removed as by stripControl, except that an
 * FSI … PDI pair around some text within one line (as isolateBidi makes) is kept; an FSI or PDI without its
 * partner, or around nothing, is removed.
 */
export function cleanOutput(text: string): string {
  const kept = OUTPUT_CONTROL_START.test(text) ? text.replace(OUTPUT_CONTROL, '') : text;
  return balanceIsolates(withoutLoneSurrogates(kept));
}

function balanceIsolates(text: string): string {
  if (!text.includes(FSI) && !text.includes(PDI)) return text;
  let kept = text;
  // An isolate around nothing isolates nothing: gone, as if it had never been paired.
  while (kept.includes(FSI + PDI)) kept = kept.replaceAll(FSI + PDI, '');
  return kept
    .split('\n')
    .map((line) => {
      const open: number[] = [];
      const drop = new Set<number>();
      for (let i = 0; i < line.length; i++) {
        if (line[i] === FSI) open.push(i);
        else if (line[i] === PDI && open.pop() === undefined) drop.add(i);
      }
      for (const i of open) drop.add(i);
      return drop.size === 0
        ? line
        : line
            .split('')
            .filter((_, i) => !drop.has(i))
            .join('');
    })
    .join('\n');
}

/** Makes untrusted text safe for a one-line terminal message: no control characters, no line breaks, bounded. */
export function oneLine(text: string, max = 200): string {
  const flat = stripControl(text).replace(/\s+/g, ' ').trim();
  return isolateBidi(flat.length > max ? `${flat.slice(0, max - 1)}…` : flat);
}

/** JSON text with the control characters JSON.stringify leaves raw (DEL, C1, bidi controls) as \u escapes: the same data. */
export function escapeJsonControl(json: string): string {
  return json.replace(
    /[\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}
