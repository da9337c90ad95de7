import type { ScoreTable } from '../data/data-types.js';
import { translator, type Translate } from '../i18n/format.js';
import { oneLine } from '../text/sanitize.js';
import { createStyle } from '../text/style.js';
import { scoreTableCells } from './score-table-cells.js';

/** Widest a text column gets, and the narrowest it is cut to so that a table fits the terminal. */
const MAX_COLUMN = 40;
const MIN_COLUMN = 16;

/**
 * The terminal text of `score` with several files: per checklist, its title and a row per file. Text columns
 * (file, country, organization) longer than 40 characters are cut with an ellipsis, and narrowed further to fit
 * `width` (a terminal's) when given; when even that is too wide, each file is a block of its own.
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
    const title = style.bold(oneLine(cells.title, Math.max(options.width ?? 1000, 40)));
    // Too wide even with the text columns at their narrowest (a terminal of 80 columns): one block per file.
    if (options.width !== undefined && sum(widths) > room) {
      return [title, ...cells.rows.map((r) => record(r, cells.headers, options.width ?? 80, t))].join('\n');
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
    return [title, style.bold(`  ${line(head)}`), ...body.map((r) => `  ${line(r)}`)].join('\n');
  });
  return blocks.length === 0 ? '' : `${blocks.join('\n\n')}\n`;
}

/**
 * A file's row as a block that fits `width`: the file name, then each other column as "label: value", as many to
 * a line as fit (country, organization and date first, then the scores), empty cells left out.
 */
function record(row: readonly string[], headers: readonly string[], width: number, t: Translate): string {
  const [file = '', ...values] = row;
  const room = Math.max(width - 4, 20);
  const fields = values.flatMap((value, i) =>
    value === '' ? [] : [oneLine(t('score.table.field', { label: headers[i + 1] ?? '', value }), room)],
  );
  const lines = [`  ${oneLine(file, Math.max(width - 2, 20))}`];
  let current = '';
  for (const field of fields) {
    const joined = current === '' ? field : `${current}${FIELD_GAP}${field}`;
    if (joined.length <= room || current === '') current = joined;
    else {
      lines.push(`    ${current}`);
      current = field;
    }
  }
  if (current !== '') lines.push(`    ${current}`);
  return lines.join('\n');
}

const FIELD_GAP = '   ';

function sum(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0);
}
