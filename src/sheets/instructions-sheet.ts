import type { AnswersFile, Checklist } from '../model/checklist.js';
import { localize } from '../model/checklist.js';
import type { Translate } from '../i18n/format.js';
import type { OtherWords } from './answer-cells.js';
import type { AnswerLists } from './answer-lists.js';
import { RESPONDENT_FIELDS, ROLES, type RespondentKey } from './layout.js';
import { cellAddress, type CellSpec, type CellValue, type SheetSpec } from './workbook-model.js';

/** What the Instructions sheet says, and where it was asked to go. */
export interface InstructionsInput {
  checklist: Checklist;
  count: number;
  /** The part this file holds (--actor, --section), in words, if it is a part. */
  part: string | undefined;
  respondent: AnswersFile['respondent'] | undefined;
  name: string;
  questionsSheet: string;
  words: OtherWords;
  lists: AnswerLists;
  t: Translate;
}

/** The Instructions sheet and the cell of each respondent field on it. */
export function instructionsSheet(input: InstructionsInput): {
  sheet: SheetSpec;
  cells: Record<RespondentKey, string>;
} {
  const { t, words } = input;
  const column = (key: Parameters<Translate>[0]): string => t(key);
  const text = (value: string): CellSpec[] => [{ value, style: 'text' }];
  const heading = (value: string): CellSpec[] => [{ value, style: 'label' }];
  const rows: CellSpec[][] = [
    [
      {
        value: t('sheet.title', { title: localize(input.checklist.title, input.checklist.language) }),
        style: 'title',
      },
    ],
    text(
      t('sheet.intro', {
        id: input.checklist.id,
        version: input.checklist.version,
        count: input.count,
      }),
    ),
    ...(input.part ? [text(input.part)] : []),
    [],
    heading(t('sheet.howTo.heading')),
    text(t('sheet.howTo.details')),
    text(t('sheet.howTo.answer', { sheet: input.questionsSheet, column: column('sheet.column.answer') })),
    text(t('sheet.howTo.read')),
    text(t('sheet.howTo.leave')),
    [],
    heading(t('sheet.howTo.levelsHeading')),
    text(t('sheet.howTo.levels', { column: column('sheet.column.choices') })),
    text(t('sheet.howTo.multi', { column: column('sheet.column.choices') })),
    text(t('sheet.howTo.na', { na: words.na, column: column('sheet.column.naReason') })),
    text(t('sheet.howTo.dk', { dk: words.dk })),
    text(t('sheet.howTo.evidence')),
    [],
    heading(t('sheet.howTo.returnHeading')),
    text(t('sheet.howTo.return')),
    [],
    heading(t('sheet.respondent.heading')),
  ];
  const roleList = input.lists.range(ROLES.map((r) => t(r.label)));
  const cells = {} as Record<RespondentKey, string>;
  for (const field of RESPONDENT_FIELDS) {
    cells[field.key] = cellAddress(rows.length + 1, 1);
    rows.push([
      { value: t(field.label), style: 'label' },
      {
        value: respondentValue(field.key, input.respondent, t),
        style: 'input',
        rule:
          field.key === 'role'
            ? {
                type: 'list',
                range: roleList,
                strict: true,
                prompt: t('sheet.rule.listPrompt'),
                error: t('sheet.rule.listError'),
              }
            : field.key === 'date'
              ? { type: 'date', prompt: t('sheet.rule.datePrompt'), error: t('sheet.rule.dateError') }
              : undefined,
      },
    ]);
  }
  return {
    sheet: {
      name: input.name,
      state: 'visible',
      widths: [90, 40],
      rows,
      print: { landscape: false, pagesWide: 1, repeatRows: 0, repeatColumns: 0 },
    },
    cells,
  };
}

function respondentValue(
  key: RespondentKey,
  respondent: AnswersFile['respondent'] | undefined,
  t: Translate,
): CellValue {
  const value = respondent?.[key];
  if (value === undefined || value === '') return null;
  if (key === 'role') return t(ROLES.find((r) => r.key === value)?.label ?? 'interview.role.other');
  if (key === 'date') return { date: value };
  return value;
}
