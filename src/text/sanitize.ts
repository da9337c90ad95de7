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

/** Removes terminal control sequences and characters (see above) from untrusted text; keeps tabs and newlines. */
export function stripControl(text: string): string {
  return text.replace(CONTROL, '');
}

/** Makes untrusted text safe for a one-line terminal message: no control characters, no line breaks, bounded. */
export function oneLine(text: string, max = 200): string {
  const flat = stripControl(text).replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

/** JSON text with the control characters JSON.stringify leaves raw (DEL, C1, bidi controls) as \u escapes: the same data. */
export function escapeJsonControl(json: string): string {
  return json.replace(
    /[\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}
