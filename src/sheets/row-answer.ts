import type { Answer, IndexedQuestion } from '../model/checklist.js';
import type { Translate } from '../i18n/format.js';
import { answerForm, pickedAnswer, type AnswerForm } from './answer-form.js';
import type { OtherWords } from './answer-cells.js';
import { cut, dateText, normalizeWords, readNumber, readText, type CellRead } from './cell-read.js';
import { cellAt, isBlank, type GridCell } from './grid.js';
import { readEvidence } from './evidence-cells.js';
import { LIMITS, type RowContext } from './row-context.js';
import { columnIndex, type ColumnKey } from './layout.js';
import { columnName } from './workbook-model.js';

export type { RowContext } from './row-context.js';

/** The answer on a question's row (without time or digest), undefined when the row is left empty or is wrong. */
export function readRowAnswer(ctx: RowContext, q: IndexedQuestion, row: number): Answer | undefined {
  const { t, words } = ctx;
  const before = ctx.problems.length;
  const cell = (key: ColumnKey): GridCell => cellAt(ctx.sheet, row, columnIndex(key));
  const report = (key: ColumnKey, message: string): void => {
    ctx.problems.push({ sheet: ctx.sheet.name, row, column: columnIndex(key), message });
  };
  const text = (key: ColumnKey, limit: number, link = false): string | undefined =>
    got(key, readText(cell(key), limit, t, link));
  const got = <T>(key: ColumnKey, read: CellRead<T>): T | undefined => {
    if (read.ok) return read.value;
    report(key, read.message);
    return undefined;
  };
  const details = {
    notes: text('notes', LIMITS.long) ?? '',
    naReason: text('naReason', LIMITS.long) ?? '',
    responsible: text('responsible', LIMITS.short) ?? '',
    targetDate: got('targetDate', dateCell(cell('targetDate'), t)) ?? '',
  };
  const evidence = readEvidence(ctx, row, report);
  const answerCell = cell('answer');
  if (isBlank(answerCell)) {
    const filled = Object.values(details).some((v) => v !== '') || (evidence?.length ?? 0) > 0;
    if (filled)
      report(
        'answer',
        t('sheet.problem.needsAnswer', { column: columnName(columnIndex('answer')), dk: words.dk }),
      );
    return undefined;
  }
  const form = answerForm(q, t, ctx.lang);
  const base = got('answer', readAnswerCell(q, form, answerCell, words, t));
  if (base?.na !== undefined) {
    if (details.naReason === '')
      report(
        'answer',
        t('sheet.problem.needsReason', { na: words.na, column: columnName(columnIndex('naReason')) }),
      );
    else base.na = { reason: details.naReason };
  } else if (details.naReason !== '')
    report(
      'naReason',
      t('sheet.problem.reasonWithoutNa', { na: words.na, column: columnName(columnIndex('answer')) }),
    );
  if (base === undefined || ctx.problems.length > before) return undefined;
  const notes = details.notes.trim();
  const responsible = details.responsible.trim();
  const target = details.targetDate.trim();
  return {
    ...base,
    ...(notes !== '' ? { notes } : {}),
    ...(evidence && evidence.length > 0 ? { evidence } : {}),
    ...(responsible !== '' ? { responsible } : {}),
    ...(target !== '' ? { target } : {}),
  };
}

function dateCell(cell: GridCell, t: Translate): CellRead<string> {
  if (cell.type === 'date') return { ok: true, value: cell.date };
  if (cell.type === 'number')
    return { ok: false, message: t('sheet.problem.numberNotDate', { value: cell.value }) };
  const text = readText(cell, 40, t);
  return text.ok ? dateText(text.value, t) : text;
}

/** The answer cell read against the question's form: a listed answer, some options, a number, or text. */
function readAnswerCell(
  q: IndexedQuestion,
  form: AnswerForm,
  cell: GridCell,
  words: OtherWords,
  t: Translate,
): CellRead<Answer> {
  if (form.type === 'number') {
    const number = readNumber(cell, t);
    if (!number.ok) {
      const other = cell.type === 'text' ? otherAnswer(cell.text, words) : undefined;
      return other ? { ok: true, value: other } : number;
    }
    const value = number.value ?? 0;
    const { min, max } = form;
    if ((min !== undefined && value < min) || (max !== undefined && value > max))
      return {
        ok: false,
        message: t('sheet.problem.range', { value, id: q.question.id, min: min ?? '−∞', max: max ?? '∞' }),
      };
    return { ok: true, value: { value } };
  }
  const read = readText(cell, LIMITS.long, t);
  if (!read.ok) return read;
  const other = otherAnswer(read.value, words);
  if (other) return { ok: true, value: other };
  if (form.type === 'text') return { ok: true, value: { value: read.value } };
  const named = form.type === 'pick' ? form.picks : form.options;
  const find = (words: string) => {
    const n = normalizeWords(words);
    return named.find((p) => normalizeWords(p.label) === n || p.key === words.trim());
  };
  const choices = (): string => named.map((p) => `“${p.label}”`).join(', ');
  if (form.type === 'pick') {
    const pick = find(read.value);
    return pick
      ? { ok: true, value: pickedAnswer(q, pick.key) }
      : {
          ok: false,
          message: t('sheet.problem.notInList', {
            value: cut(read.value),
            id: q.question.id,
            choices: choices(),
          }),
        };
  }
  const whole = find(read.value);
  const parts = whole ? [read.value] : read.value.split(/[;\n]/).filter((p) => p.trim() !== '');
  const keys: string[] = [];
  for (const part of parts) {
    const option = find(part);
    if (!option)
      return {
        ok: false,
        message: t('sheet.problem.notInList', {
          value: cut(part.trim()),
          id: q.question.id,
          choices: choices(),
        }),
      };
    if (!keys.includes(option.key)) keys.push(option.key);
  }
  const order = named.map((o) => o.key);
  return { ok: true, value: { value: keys.sort((a, b) => order.indexOf(a) - order.indexOf(b)) } };
}

function otherAnswer(text: string, words: OtherWords): Answer | undefined {
  const n = normalizeWords(text);
  if (n === normalizeWords(words.na)) return { na: { reason: '' } };
  if (n === normalizeWords(words.dk)) return { unknown: true };
  return undefined;
}
