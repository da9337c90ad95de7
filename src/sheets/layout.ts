import type { MessageKey } from '../i18n/en.js';

/** The format of the hidden sheet and of a CSV file's first line: a reader refuses any other. */
export const SHEET_FORMAT = 'opsc-audit/sheet@1';

/** The name of the hidden sheet holding the export's identity (a code, the same in every language). */
export const ABOUT_SHEET = 'opsc-audit';

/** The columns of the Questions sheet, in order: key, header, width, and whether the respondent fills it. */
export const QUESTION_COLUMNS = [
  { key: 'id', header: 'sheet.column.id', width: 12, input: false },
  { key: 'section', header: 'sheet.column.section', width: 16, input: false },
  { key: 'question', header: 'sheet.column.question', width: 38, input: false },
  { key: 'guidance', header: 'sheet.column.guidance', width: 44, input: false },
  { key: 'choices', header: 'sheet.column.choices', width: 40, input: false },
  { key: 'answer', header: 'sheet.column.answer', width: 24, input: true },
  { key: 'notes', header: 'sheet.column.notes', width: 30, input: true },
  { key: 'naReason', header: 'sheet.column.naReason', width: 22, input: true },
  { key: 'evidenceTitle', header: 'sheet.column.evidenceTitle', width: 26, input: true },
  { key: 'evidenceLink', header: 'sheet.column.evidenceLink', width: 26, input: true },
  { key: 'evidenceDate', header: 'sheet.column.evidenceDate', width: 15, input: true },
  { key: 'evidencePublic', header: 'sheet.column.evidencePublic', width: 13, input: true },
  { key: 'responsible', header: 'sheet.column.responsible', width: 20, input: true },
  { key: 'targetDate', header: 'sheet.column.targetDate', width: 15, input: true },
] as const satisfies readonly { key: string; header: MessageKey; width: number; input: boolean }[];

/** A column of the Questions sheet. */
export type ColumnKey = (typeof QUESTION_COLUMNS)[number]['key'];

/** The 0-based position of a column of the Questions sheet. */
export function columnIndex(key: ColumnKey): number {
  return QUESTION_COLUMNS.findIndex((c) => c.key === key);
}

/** The respondent's details on the Instructions sheet: the answers file field and its label. */
export const RESPONDENT_FIELDS = [
  { key: 'country', label: 'common.country' },
  { key: 'organization', label: 'common.organization' },
  { key: 'name', label: 'questionnaire.name' },
  { key: 'role', label: 'common.role' },
  { key: 'date', label: 'common.date' },
] as const satisfies readonly { key: string; label: MessageKey }[];

/** A respondent field. */
export type RespondentKey = (typeof RESPONDENT_FIELDS)[number]['key'];

/** The roles of the answers schema, and their words (as the interview offers them). */
export const ROLES = [
  { key: 'government', label: 'interview.role.government' },
  { key: 'ngo', label: 'interview.role.ngo' },
  { key: 'nhri', label: 'interview.role.nhri' },
  { key: 'un', label: 'interview.role.un' },
  { key: 'consultant', label: 'interview.role.consultant' },
  { key: 'other', label: 'interview.role.other' },
] as const satisfies readonly { key: string; label: MessageKey }[];

/**
 * What the hidden sheet records, one `key, value` row each, then one `row, number, question id` row per question:
 * enough to check that a workbook comes back to the checklist text it was made from and to map rows to questions.
 */
export interface SheetIdentity {
  format: string;
  checklist: string;
  version: string;
  digest: string;
  /** The names of the visible sheets, as the export's language wrote them. */
  instructionsSheet: string;
  questionsSheet: string;
  /** The column keys of the Questions sheet, comma-separated, in order. */
  columns: string;
  /** The cell of each respondent field on the Instructions sheet ("B14"). */
  respondent: Partial<Record<RespondentKey, string>>;
  /** The question on each row of the Questions sheet, by 1-based row number. */
  rows: { row: number; id: string }[];
}
