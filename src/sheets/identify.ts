import type { ChecklistIndex } from '../model/checklist.js';
import { checklistDigest } from '../model/digest.js';
import type { Translate } from '../i18n/format.js';
import { readAbout } from './about-sheet.js';
import { readText } from './cell-read.js';
import type { Grid, GridSheet } from './grid.js';
import { ABOUT_SHEET, QUESTION_COLUMNS, SHEET_FORMAT, columnIndex, type SheetIdentity } from './layout.js';
import type { SheetProblem } from './sheet-problem.js';

/** The identity of an imported file (its hidden sheet, or a CSV file's first line), or the problem with it. */
export type Identified = { ok: true; identity: SheetIdentity } | { ok: false; problem: SheetProblem };

/** Reads what an import needs to know before anything else: which checklist text the file was made from. */
export function identifyGrid(grid: Grid, t: Translate): Identified {
  const fail = (message: string, sheet = '', row?: number): Identified => ({
    ok: false,
    problem: { sheet, row, column: row === undefined ? undefined : 0, message },
  });
  if (grid.kind === 'csv') {
    const sheet = grid.sheets[0];
    const first = (sheet?.rows[0] ?? []).map((c) => (c.type === 'text' ? c.text.trim() : ''));
    const [format = '', checklist = '', version = '', digest = ''] = first;
    if (format !== SHEET_FORMAT || checklist === '' || version === '' || digest === '')
      return fail(t('sheet.problem.csvHeader', { format: SHEET_FORMAT }), '', 1);
    const rows: { row: number; id: string }[] = [];
    sheet?.rows.forEach((_, i, all) => {
      if (i < 2) return;
      const id = readText(all[i]?.[columnIndex('id')] ?? { type: 'empty' }, 200, t);
      rows.push({ row: i + 1, id: id.ok ? id.value : '' });
    });
    const identity: SheetIdentity = {
      format,
      checklist,
      version,
      digest,
      instructionsSheet: '',
      questionsSheet: '',
      columns: QUESTION_COLUMNS.map((c) => c.key).join(','),
      respondent: {},
      rows,
    };
    return { ok: true, identity };
  }
  const about = grid.sheets.find((s) => s.name === ABOUT_SHEET);
  if (!about) return fail(t('sheet.problem.noAbout', { sheet: ABOUT_SHEET }));
  const read = readAbout(about.rows.map((r) => r.map((c) => aboutText(c))));
  if ('missing' in read)
    return fail(t('sheet.problem.aboutChanged', { sheet: ABOUT_SHEET, what: read.missing }));
  if (read.format !== SHEET_FORMAT) return fail(t('sheet.problem.otherFormat', { format: read.format }));
  if (read.columns !== QUESTION_COLUMNS.map((c) => c.key).join(','))
    return fail(t('sheet.problem.aboutChanged', { sheet: ABOUT_SHEET, what: 'columns' }));
  return { ok: true, identity: read };
}

function aboutText(cell: GridSheet['rows'][number][number]): string {
  if (cell.type === 'text') return cell.text.trim();
  if (cell.type === 'number') return String(cell.value);
  return '';
}

/** The problem when the file was made from another checklist, version or text than the one it is read against. */
export function checkIdentity(
  identity: SheetIdentity,
  index: ChecklistIndex,
  t: Translate,
): SheetProblem | undefined {
  const { checklist } = index;
  const digest = checklistDigest(checklist);
  const problem = (message: string): SheetProblem => ({ sheet: '', message });
  if (identity.checklist !== checklist.id)
    return problem(t('sheet.problem.otherChecklist', { found: identity.checklist, expected: checklist.id }));
  if (identity.version !== checklist.version)
    return problem(
      t('sheet.problem.otherVersion', {
        found: identity.version,
        id: checklist.id,
        expected: checklist.version,
      }),
    );
  if (identity.digest !== digest)
    return problem(
      t('sheet.problem.otherDigest', {
        id: checklist.id,
        version: checklist.version,
        found: identity.digest.slice(0, 19),
        expected: digest.slice(0, 19),
      }),
    );
  return undefined;
}
