import type { AnswersFile, ChecklistIndex, IndexedQuestion } from '../model/checklist.js';
import { checklistDigest } from '../model/digest.js';
import type { Translate } from '../i18n/format.js';
import { aboutSheet } from './about-sheet.js';
import type { OtherWords } from './answer-cells.js';
import { AnswerLists } from './answer-lists.js';
import { instructionsSheet } from './instructions-sheet.js';
import { QUESTION_COLUMNS, SHEET_FORMAT, type SheetIdentity } from './layout.js';
import { questionsSheet } from './questions-sheet.js';
import type { WorkbookSpec } from './workbook-model.js';

/** What an export is made from: the checklist, the questions chosen, and an answers file to pre-fill from. */
export interface ExportInput {
  index: ChecklistIndex;
  questions: readonly IndexedQuestion[];
  answers: AnswersFile | undefined;
  /** The part chosen (--actor, --section), in words. */
  part: string | undefined;
  generator: string;
  t: Translate;
}

/** The words of the answers every question may share, from the catalog. */
export function otherWords(t: Translate): OtherWords {
  return {
    na: t('sheet.answer.notApplicable'),
    dk: t('questionnaire.dontKnow'),
    yes: t('words.yes'),
    no: t('words.no'),
  };
}

/** The workbook of an export: Instructions, Questions, and the hidden lists and identity sheets. */
export function buildWorkbook(input: ExportInput): WorkbookSpec {
  const { t, index } = input;
  const words = otherWords(t);
  const lists = new AnswerLists(t('sheet.name.lists'));
  const names = { instructions: t('sheet.name.instructions'), questions: t('sheet.name.questions') };
  const questions = questionsSheet({ ...input, name: names.questions, words, lists });
  const instructions = instructionsSheet({
    checklist: index.checklist,
    count: input.questions.length,
    part: input.part,
    respondent: input.answers?.respondent,
    name: names.instructions,
    questionsSheet: names.questions,
    words,
    lists,
    t,
  });
  const identity: SheetIdentity = {
    ...sheetIdentity(index, input.questions),
    instructionsSheet: names.instructions,
    questionsSheet: names.questions,
    respondent: instructions.cells,
  };
  return {
    title: index.checklist.id,
    creator: input.generator,
    sheets: [instructions.sheet, questions, lists.toSheet(), aboutSheet(identity)],
  };
}

/** The identity of an export: format, checklist text, columns and the question of each row (from row 2). */
export function sheetIdentity(
  index: ChecklistIndex,
  questions: readonly IndexedQuestion[],
): Omit<SheetIdentity, 'instructionsSheet' | 'questionsSheet' | 'respondent'> {
  return {
    format: SHEET_FORMAT,
    checklist: index.checklist.id,
    version: index.checklist.version,
    digest: checklistDigest(index.checklist),
    columns: QUESTION_COLUMNS.map((c) => c.key).join(','),
    rows: questions.map((q, i) => ({ row: i + 2, id: q.question.id })),
  };
}
