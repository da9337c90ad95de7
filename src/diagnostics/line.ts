import type { Diagnostic } from '../model/diagnostic.js';
import { oneLine } from '../text/sanitize.js';
import { createStyle, type Style } from '../text/style.js';

const PLAIN = createStyle(false);

/**
 * The one rendering of a diagnostic as `file:line:col severity code message`: every piece is made safe for one
 * terminal line (no control characters, no line breaks, bounded), a position that is not a positive whole number
 * is shown as 1, and `style` paints the parts (plain by default).
 */
export function formatDiagnosticLine(d: Diagnostic, style: Style = PLAIN): string {
  const where = `${oneLine(d.file, 500)}:${position(d.line)}:${position(d.col)}`;
  const severity = d.severity === 'error' ? style.red('error') : style.yellow('warning');
  return `${style.bold(where)} ${severity} ${style.dim(oneLine(d.code, 100))} ${oneLine(d.message, 1000)}`;
}

function position(n: number): number {
  return Number.isSafeInteger(n) && n > 0 ? n : 1;
}
