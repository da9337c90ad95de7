import { randomBytes } from 'node:crypto';
import { cleanOutput } from './sanitize.js';

// The program's own styling travels as marks that carry a secret drawn when the program starts. Checklists
// and answers files were written before it existed, so they cannot forge one; the terminal writer turns marks
// into SGR sequences and strips every control sequence anywhere else (renderStyled).
const NONCE = randomBytes(8).toString('hex');
const MARK = new RegExp(`\\uE000${NONCE}(\\d+)\\uE001`);
const SPLIT = new RegExp(MARK.source, 'g');
const mark = (code: number): string => `\uE000${NONCE}${String(code)}\uE001`;

/** Wraps text in one style. */
export type Paint = (text: string) => string;

/** The styles the program uses (the SGR codes chalk uses for them). */
export interface Style {
  bold: Paint;
  dim: Paint;
  red: Paint;
  green: Paint;
  yellow: Paint;
}

/** The program's styles, or plain text for every one when `enabled` is false. */
export function createStyle(enabled: boolean): Style {
  const paint = (open: number, close: number): Paint => {
    if (!enabled) return (text) => text;
    const [o, c] = [mark(open), mark(close)];
    // A nested style that closes with the same code re-opens this one, as chalk does.
    return (text) => (text === '' ? '' : `${o}${text.replaceAll(c, c + o)}${c}`);
  };
  return {
    bold: paint(1, 22),
    dim: paint(2, 22),
    red: paint(31, 39),
    green: paint(32, 39),
    yellow: paint(33, 39),
  };
}

/** Text ready for a terminal: style marks become SGR sequences (or nothing without colour); all else is stripped of control. */
export function renderStyled(text: string, color: boolean): string {
  if (!MARK.test(text)) return cleanOutput(text);
  return text
    .split(SPLIT)
    .map((part, i) => (i % 2 === 0 ? cleanOutput(part) : color ? `\u001b[${part}m` : ''))
    .join('');
}
