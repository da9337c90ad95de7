import type { Evidence } from '../model/checklist.js';
import { cut, dateText, normalizeWords, readText } from './cell-read.js';
import { cellAt } from './grid.js';
import { columnIndex, type ColumnKey } from './layout.js';
import { LIMITS, type RowContext } from './row-context.js';
import { columnName } from './workbook-model.js';

/** The evidence columns, one item per line (the nth line of each column belongs to the nth item). */
export function readEvidence(
  ctx: RowContext,
  row: number,
  report: (key: ColumnKey, message: string) => void,
): Evidence[] | undefined {
  const { t, words } = ctx;
  const lines = (key: ColumnKey, limit: number, link = false): string[] | undefined => {
    const cell = cellAt(ctx.sheet, row, columnIndex(key));
    if (cell.type === 'date') return [cell.date];
    if (key === 'evidenceDate' && cell.type === 'number') {
      report(key, t('sheet.problem.numberNotDate', { value: cell.value }));
      return undefined;
    }
    const read = readText(cell, limit * 20, t, link);
    if (!read.ok) {
      report(key, read.message);
      return undefined;
    }
    return read.value === '' ? [] : read.value.split('\n').map((l) => l.trim());
  };
  const titles = lines('evidenceTitle', LIMITS.title);
  const links = lines('evidenceLink', LIMITS.url, true);
  const dates = lines('evidenceDate', 40);
  const publics = lines('evidencePublic', 40);
  if (!titles || !links || !dates || !publics) return undefined;
  const count = Math.max(titles.length, links.length, dates.length, publics.length);
  const items: Evidence[] = [];
  let ok = true;
  for (let i = 0; i < count; i++) {
    const title = titles[i] ?? '';
    const item: Evidence = { title };
    const url = links[i] ?? '';
    const date = dateText(dates[i] ?? '', t);
    const shown = publics[i] ?? '';
    if (title === '' && (url !== '' || (dates[i] ?? '') !== '' || shown !== '')) {
      report(
        'evidenceTitle',
        t('sheet.problem.evidenceNoTitle', { line: i + 1, column: columnName(columnIndex('evidenceTitle')) }),
      );
      ok = false;
    }
    if (title.length > LIMITS.title)
      report('evidenceTitle', t('sheet.problem.tooLong', { limit: LIMITS.title }));
    if (url.length > LIMITS.url) report('evidenceLink', t('sheet.problem.tooLong', { limit: LIMITS.url }));
    if (url !== '') item.url = url;
    if (!date.ok) {
      report('evidenceDate', date.message);
      ok = false;
    } else if (date.value !== '') item.date = date.value;
    const yes = normalizeWords(shown);
    if (yes === '' || yes === normalizeWords(words.yes)) item.public = true;
    else if (yes === normalizeWords(words.no)) item.public = false;
    else {
      report(
        'evidencePublic',
        t('sheet.problem.notYesNo', { value: cut(shown), yes: words.yes, no: words.no }),
      );
      ok = false;
    }
    if (title !== '') items.push(item);
  }
  return ok ? items : undefined;
}
