import type { Answer, AnswersFile, ChecklistIndex } from '../model/checklist.js';
import { questionDigest } from '../model/digest.js';
import type { Translate } from '../i18n/format.js';
import { currentLanguage } from '../i18n/index.js';
import { timestamp } from '../interview/answer-status.js';
import { syncChecklistHeader } from '../interview/changes.js';
import { reconcileConditions } from '../interview/skip-logic.js';
import { cut, normalizeWords, readDate, readText } from './cell-read.js';
import { otherWords } from './build-workbook.js';
import { cellAt, isBlank, parseAddress, type Grid, type GridSheet } from './grid.js';
import { QUESTION_COLUMNS, RESPONDENT_FIELDS, ROLES, columnIndex, type SheetIdentity } from './layout.js';
import { readRowAnswer, type RowContext } from './row-answer.js';
import type { SheetProblem } from './sheet-problem.js';

/** Most rows a Questions sheet (or CSV file) may have beyond the rows the export wrote. */
export const EXTRA_ROWS = 1000;

/** An import: the answers file it makes, or every problem found. */
export type Imported =
  { ok: true; file: AnswersFile; count: number } | { ok: false; problems: SheetProblem[] };

/**
 * Reads the answers of an exported file whose identity was checked against `index`: one answer per filled row,
 * stamped with the time and the question's digest, then conditions applied and the header set as the interview
 * does. Every problem is collected; none stops the reading of the other cells.
 */
export function importAnswers(
  grid: Grid,
  identity: SheetIdentity,
  index: ChecklistIndex,
  now: Date,
  t: Translate,
): Imported {
  const problems: SheetProblem[] = [];
  const csv = grid.kind === 'csv';
  const sheet = csv ? grid.sheets[0] : grid.sheets.find((s) => s.name === identity.questionsSheet);
  if (!sheet)
    return {
      ok: false,
      problems: [{ sheet: '', message: t('sheet.problem.noSheet', { sheet: identity.questionsSheet }) }],
    };
  const headerRow = csv ? 2 : 1;
  const limit = headerRow + identity.rows.length + EXTRA_ROWS;
  if (sheet.rows.length > limit)
    return {
      ok: false,
      problems: [
        { sheet: sheet.name, message: t('sheet.problem.tooManyRows', { count: sheet.rows.length, limit }) },
      ],
    };
  QUESTION_COLUMNS.forEach((c, column) => {
    const read = readText(cellAt(sheet, headerRow, column), 200, t);
    const expected = t(c.header);
    if (!read.ok || read.value !== expected)
      problems.push({
        sheet: sheet.name,
        row: headerRow,
        column,
        message: t('sheet.problem.header', { expected }),
      });
  });
  if (problems.length > 0) return { ok: false, problems };
  const respondent = csv ? {} : readRespondent(grid, identity, problems, t);
  const answers: Record<string, Answer> = {};
  const ctx: RowContext = { sheet, lang: index.checklist.language, words: otherWords(t), t, problems };
  const expected = new Map(identity.rows.map((r) => [r.row, r.id]));
  const seen = new Map<string, number>();
  for (let row = headerRow + 1; row <= sheet.rows.length; row++) {
    const idCell = cellAt(sheet, row, columnIndex('id'));
    const read = readText(idCell, 200, t);
    const id = read.ok ? read.value : '';
    const at = (message: string): void => {
      problems.push({ sheet: sheet.name, row, column: columnIndex('id'), message });
    };
    if (!csv && !expected.has(row)) {
      if (!(sheet.rows[row - 1] ?? []).every(isBlank)) at(t('sheet.problem.extraRow'));
      continue;
    }
    if (!csv && id !== expected.get(row)) {
      at(t('sheet.problem.idChanged', { found: cut(id), expected: expected.get(row) ?? '' }));
      continue;
    }
    if (id === '') {
      if (!(sheet.rows[row - 1] ?? []).every(isBlank)) at(t('sheet.problem.extraRow'));
      continue;
    }
    const q = index.byId.get(id);
    if (!q) {
      at(t('sheet.problem.unknownQuestion', { checklist: index.checklist.id, id: cut(id) }));
      continue;
    }
    const first = seen.get(id);
    if (first !== undefined) {
      at(t('sheet.problem.duplicate', { id, row: first }));
      continue;
    }
    seen.set(id, row);
    const answer = readRowAnswer(ctx, q, row);
    if (answer) answers[id] = { ...answer, digest: questionDigest(q), answered: timestamp(now) };
  }
  if (problems.length > 0) return { ok: false, problems };
  const count = Object.keys(answers).length;
  const file: AnswersFile = {
    format: 'opsc-audit/answers@1',
    checklist: { id: index.checklist.id, version: index.checklist.version },
    language: currentLanguage(),
    respondent,
    answers,
  };
  reconcileConditions(index, file.answers, now);
  syncChecklistHeader(file, index);
  const order = (id: string): number => index.byId.get(id)?.index ?? Number.MAX_SAFE_INTEGER;
  file.answers = Object.fromEntries(Object.entries(file.answers).sort(([a], [b]) => order(a) - order(b)));
  return { ok: true, file, count };
}

function readRespondent(
  grid: Grid,
  identity: SheetIdentity,
  problems: SheetProblem[],
  t: Translate,
): AnswersFile['respondent'] {
  const respondent: AnswersFile['respondent'] = {};
  const sheet: GridSheet | undefined = grid.sheets.find((s) => s.name === identity.instructionsSheet);
  if (!sheet) {
    problems.push({ sheet: '', message: t('sheet.problem.noSheet', { sheet: identity.instructionsSheet }) });
    return respondent;
  }
  for (const field of RESPONDENT_FIELDS) {
    const place = parseAddress(identity.respondent[field.key] ?? '');
    if (!place) continue;
    const cell = cellAt(sheet, place.row, place.column);
    const report = (message: string): void => {
      problems.push({ sheet: sheet.name, row: place.row, column: place.column, message });
    };
    if (field.key === 'date') {
      const date = readDate(cell, t);
      if (!date.ok) report(date.message);
      else if (date.value !== '') respondent.date = date.value;
      continue;
    }
    const text = readText(cell, 500, t);
    if (!text.ok) {
      report(text.message);
      continue;
    }
    if (text.value === '') continue;
    if (field.key === 'role') {
      const role = ROLES.find(
        (r) => normalizeWords(t(r.label)) === normalizeWords(text.value) || r.key === text.value,
      );
      if (role) respondent.role = role.key;
      else
        report(
          t('sheet.problem.notRole', {
            value: cut(text.value),
            roles: ROLES.map((r) => `“${t(r.label)}”`).join(', '),
          }),
        );
      continue;
    }
    respondent[field.key] = text.value;
  }
  return respondent;
}
