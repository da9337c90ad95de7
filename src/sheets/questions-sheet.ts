import type { AnswersFile, ChecklistIndex, IndexedQuestion } from '../model/checklist.js';
import { localize } from '../model/checklist.js';
import type { Translate } from '../i18n/format.js';
import { answerForm, type AnswerForm } from './answer-form.js';
import { answerCells, listItems, type OtherWords } from './answer-cells.js';
import type { AnswerLists } from './answer-lists.js';
import { QUESTION_COLUMNS, type ColumnKey } from './layout.js';
import { questionWords } from './question-text.js';
import type { CellRule, CellSpec, CellValue, SheetSpec } from './workbook-model.js';

/** What the Questions sheet is built from. */
export interface QuestionsInput {
  index: ChecklistIndex;
  questions: readonly IndexedQuestion[];
  answers: AnswersFile | undefined;
  name: string;
  words: OtherWords;
  lists: AnswerLists;
  t: Translate;
}

/** The Questions sheet: a styled header row, then one row per question, answer and detail cells unlocked. */
export function questionsSheet(input: QuestionsInput): SheetSpec {
  const { t, words, lists } = input;
  const header: CellSpec[] = QUESTION_COLUMNS.map((c) => ({ value: t(c.header), style: 'header' }));
  const yesNo = lists.range([words.yes, words.no]);
  const rows = input.questions.map((q) => {
    const form = answerForm(q, t, input.index.checklist.language);
    const fixed = questionWords(input.index, q, form, t);
    const filled = answerCells(q, form, input.answers?.answers[q.question.id], words);
    const values: Record<ColumnKey, CellValue> = {
      id: q.question.id,
      section: localize(q.section.title, input.index.checklist.language).trim(),
      question: fixed.question,
      guidance: fixed.guidance,
      choices: fixed.choices,
      answer: null,
      notes: null,
      naReason: null,
      evidenceTitle: null,
      evidenceLink: null,
      evidenceDate: null,
      evidencePublic: null,
      responsible: null,
      targetDate: null,
      ...filled,
    };
    const rules: Partial<Record<ColumnKey, CellRule>> = {
      answer: answerRule(form, words, lists, t),
      evidencePublic: {
        type: 'list',
        range: yesNo,
        strict: false,
        prompt: t('sheet.rule.listPrompt'),
        error: t('sheet.rule.listError'),
      },
      targetDate: { type: 'date', prompt: t('sheet.rule.datePrompt'), error: t('sheet.rule.dateError') },
    };
    return QUESTION_COLUMNS.map((c): CellSpec => ({
      value: values[c.key],
      style: c.input ? 'input' : 'fixed',
      rule: rules[c.key],
      date: c.key === 'evidenceDate' || c.key === 'targetDate',
    }));
  });
  return {
    name: input.name,
    state: 'visible',
    widths: QUESTION_COLUMNS.map((c) => c.width),
    rows: [header, ...rows],
    freeze: { rows: 1, columns: 1 },
    print: { landscape: true, pagesWide: 2, repeatRows: 1, repeatColumns: 1 },
  };
}

function answerRule(
  form: AnswerForm,
  words: OtherWords,
  lists: AnswerLists,
  t: Translate,
): CellRule | undefined {
  if (form.type === 'pick')
    return {
      type: 'list',
      range: lists.range(listItems(form, words)),
      strict: true,
      prompt: t('sheet.rule.listPrompt'),
      error: t('sheet.rule.listError'),
    };
  if (form.type === 'number')
    return {
      type: 'number',
      min: form.min,
      max: form.max,
      prompt: t('sheet.rule.numberPrompt', { na: words.na, dk: words.dk }),
      error: t('sheet.rule.numberError'),
    };
  return undefined;
}
