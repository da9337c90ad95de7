/**
 * Stands for a line break inside pasted text while it sits on the prompt's one line (readline would take a
 * real one for Enter). A private-use character: no checklist or typed text holds it; it is shown as "↵".
 */
export const LINE_MARK = '\uF8F0';
/** How a line break of pasted text is shown on the prompt line. */
export const LINE_SHOWN = '↵';

const PASTE_START = '\u001b[200~';
const PASTE_END = '\u001b[201~';
const CTRL_C = '\u0003';
const CTRL_D = '\u0004';

/**
 * A filter for what the terminal sends to a prompt, chunk by chunk. Ctrl-D becomes Ctrl-C, so that it stops the
 * interview (saved, resume command) instead of silently closing the prompt. For text prompts (`text` true), the
 * line breaks of pasted text become LINE_MARK so that the paste stays in the prompt whole: between bracketed
 * paste marks (ESC [200~ … ESC [201~, which may span chunks), and, for terminals that do not send them, any line
 * break followed by more text in the same chunk (a typed Enter arrives alone or last in its chunk).
 */
export function createKeyFilter(): (chunk: string, text: boolean) => string {
  let pasting = false;
  return (chunk, text) => {
    let out = '';
    let rest = chunk.replaceAll(CTRL_D, CTRL_C);
    while (rest !== '') {
      const marker = pasting ? PASTE_END : PASTE_START;
      const at = rest.indexOf(marker);
      const piece = at < 0 ? rest : rest.slice(0, at);
      out += pasting ? markBreaks(piece, text) : markInnerBreaks(piece, text);
      if (at < 0) break;
      pasting = !pasting;
      rest = rest.slice(at + marker.length);
    }
    return out;
  };
}

/** Every line break marked (inside a bracketed paste); a CR LF pair is one break. */
function markBreaks(piece: string, text: boolean): string {
  return text ? piece.replace(/\r\n|\r|\n/g, LINE_MARK) : piece;
}

/** Line breaks followed by printable text in the same chunk marked; trailing ones stay Enter. */
function markInnerBreaks(piece: string, text: boolean): string {
  return text ? piece.replace(/(?:\r\n|\r|\n)(?=[\r\n]*[^\r\n\p{Cc}])/gu, LINE_MARK) : piece;
}

/** The value of a text prompt: marks back to line breaks (`multiline`) or to spaces. */
export function unmarkLines(value: string, multiline: boolean): string {
  return value.replaceAll(LINE_MARK, multiline ? '\n' : ' ');
}

/** Stored multi-line text as it goes onto a prompt line: its line breaks (LF, CR LF) as marks. */
export function markLines(value: string): string {
  return value.replace(/\r?\n/g, LINE_MARK);
}
