import type { CellSpec, SheetSpec } from './workbook-model.js';
import { ABOUT_SHEET, RESPONDENT_FIELDS, type RespondentKey, type SheetIdentity } from './layout.js';

const FIELDS = [
  'format',
  'checklist',
  'version',
  'digest',
  'instructionsSheet',
  'questionsSheet',
  'columns',
] as const;

/** The hidden sheet that names the checklist text a workbook was made from and the question on each row. */
export function aboutSheet(identity: SheetIdentity): SheetSpec {
  const text = (value: string | number): CellSpec => ({ value, style: 'text' });
  const rows: CellSpec[][] = [
    ...FIELDS.map((f) => [text(f), text(identity[f])]),
    ...RESPONDENT_FIELDS.flatMap((f) => {
      const cell = identity.respondent[f.key];
      return cell === undefined ? [] : [[text(`respondent.${f.key}`), text(cell)]];
    }),
    ...identity.rows.map((r) => [text('row'), text(r.row), text(r.id)]),
  ];
  return { name: ABOUT_SHEET, state: 'hidden', widths: [20, 50, 20], rows };
}

/** Reads the hidden sheet back (cells as text); the name of the first field missing or wrong when it cannot. */
export function readAbout(rows: readonly (readonly string[])[]): SheetIdentity | { missing: string } {
  const values = new Map<string, string>();
  const respondent: Partial<Record<RespondentKey, string>> = {};
  const questionRows: { row: number; id: string }[] = [];
  for (const [key = '', value = '', third = ''] of rows) {
    if (key === 'row') {
      const row = Number(value);
      if (!Number.isInteger(row) || row < 2 || third === '') return { missing: 'row' };
      questionRows.push({ row, id: third });
    } else if (key.startsWith('respondent.')) {
      const field = RESPONDENT_FIELDS.find((f) => `respondent.${f.key}` === key);
      if (field && /^[A-Z]{1,3}[1-9]\d{0,6}$/.test(value)) respondent[field.key] = value;
    } else if (key !== '') values.set(key, value);
  }
  for (const f of FIELDS) if ((values.get(f) ?? '') === '') return { missing: f };
  const get = (f: (typeof FIELDS)[number]): string => values.get(f) ?? '';
  return {
    format: get('format'),
    checklist: get('checklist'),
    version: get('version'),
    digest: get('digest'),
    instructionsSheet: get('instructionsSheet'),
    questionsSheet: get('questionsSheet'),
    columns: get('columns'),
    respondent,
    rows: questionRows,
  };
}
