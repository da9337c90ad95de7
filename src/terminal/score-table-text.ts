import type { ScoreTable } from '../data/data-types.js';
import { translator } from '../i18n/format.js';
import { oneLine } from '../text/sanitize.js';
import { createStyle } from '../text/style.js';
import { scoreTableCells } from './score-table-cells.js';

/** Widest a text column gets, and the narrowest it is cut to so that a table fits the terminal. */
const MAX_COLUMN = 40;
const MIN_COLUMN = 16;

/**
 * The terminal text of `score` with several files: per checklist, its title and a row per file. Text columns
 * (file, country, organization) longer than 40 characters are cut with an ellipsis, and narrowed further to fit
 * `width` (a terminal's) when given.
 */
export function formatScoreTableText(
  table: ScoreTable,
  options: { color: boolean; width: number | undefined; language?: string },
): string {
  const style = createStyle(options.color);
  const t = translator(options.language);
  const blocks = table.tables.map((group) => {
    const cells = scoreTableCells(group, t, options.language);
    const all = [cells.headers, ...cells.rows];
    const widths = cells.headers.map((_, i) =>
      Math.min(MAX_COLUMN, Math.max(...all.map((row) => oneLine(row[i] ?? '', MAX_COLUMN).length))),
    );
    // Narrowed (on a terminal) organization first, then country, then file: the file name tells rows apart.
    const room = (options.width ?? Infinity) - 2 - 2 * (widths.length - 1);
    for (const i of [2, 1, 0]) {
      const over = sum(widths) - room;
      if (over <= 0) break;
      widths[i] = Math.max(MIN_COLUMN, (widths[i] ?? 0) - over);
    }
    const line = (row: readonly string[]): string =>
      row
        .map((cell, i) => {
          const text = oneLine(cell, widths[i] ?? MIN_COLUMN);
          return cells.numeric[i] ? text.padStart(widths[i] ?? 0) : text.padEnd(widths[i] ?? 0);
        })
        .join('  ')
        .trimEnd();
    const [head = [], ...body] = all;
    const title = style.bold(oneLine(cells.title, Math.max(options.width ?? 1000, 40)));
    return [title, style.bold(`  ${line(head)}`), ...body.map((r) => `  ${line(r)}`)].join('\n');
  });
  return blocks.length === 0 ? '' : `${blocks.join('\n\n')}\n`;
}

function sum(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0);
}
