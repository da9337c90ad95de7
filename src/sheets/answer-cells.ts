import type { Answer, IndexedQuestion } from '../model/checklist.js';
import { isConditionRecord } from '../model/applicability.js';
import { currentKey, type AnswerForm } from './answer-form.js';
import type { ColumnKey } from './layout.js';
import type { CellValue } from './workbook-model.js';

/** The words of "Not applicable" and "Don't know" in a drop-down, and of yes and no. */
export interface OtherWords {
  na: string;
  dk: string;
  yes: string;
  no: string;
}

/** The words of the answers a drop-down offers: the kind's own, then "Not applicable" and "Don't know". */
export function listItems(form: AnswerForm, words: OtherWords): string[] {
  const own = form.type === 'pick' ? form.picks.map((p) => p.label) : [];
  return form.others ? [...own, words.na, words.dk] : own;
}

/** The cells a respondent fills, pre-filled from an existing answer (for review by another ministry). */
export function answerCells(
  q: IndexedQuestion,
  form: AnswerForm,
  answer: Answer | undefined,
  words: OtherWords,
): Partial<Record<ColumnKey, CellValue>> {
  // A record made by a `when` condition is derived: an import makes it again from the answers.
  if (!answer || answer.skipped || isConditionRecord(answer)) return {};
  const evidence = answer.evidence ?? [];
  const lines = (f: (e: (typeof evidence)[number]) => string): string | null =>
    evidence.length > 0 ? evidence.map(f).join('\n') : null;
  return {
    answer: answerValue(q, form, answer, words),
    notes: answer.notes?.trim() || null,
    naReason: answer.na?.reason ?? null,
    evidenceTitle: lines((e) => e.title),
    evidenceLink: lines((e) => e.url ?? ''),
    evidenceDate: lines((e) => e.date ?? ''),
    evidencePublic: lines((e) => (e.public === false ? words.no : words.yes)),
    responsible: answer.responsible?.trim() || null,
    targetDate: answer.target?.trim() || null,
  };
}

function answerValue(q: IndexedQuestion, form: AnswerForm, answer: Answer, words: OtherWords): CellValue {
  if (answer.na) return words.na;
  if (answer.unknown) return words.dk;
  if (form.type === 'pick') {
    const key = currentKey(q, answer);
    return form.picks.find((p) => p.key === key)?.label ?? null;
  }
  const value = answer.value;
  if (form.type === 'options' && Array.isArray(value))
    return value.map((k) => form.options.find((o) => o.key === k)?.label ?? k).join('; ');
  if (form.type === 'number' && typeof value === 'number') return value;
  if (form.type === 'text' && typeof value === 'string') return value;
  return null;
}
