import type { Translate } from '../i18n/format.js';
import type { OtherWords } from './answer-cells.js';
import type { GridSheet } from './grid.js';
import type { SheetProblem } from './sheet-problem.js';

/** Longest texts an answers file takes (schemas/answers.schema.json). */
export const LIMITS = { long: 20000, title: 1000, url: 2000, short: 500 } as const;

/** What reading a question's row needs. */
export interface RowContext {
  sheet: GridSheet;
  lang: string;
  words: OtherWords;
  t: Translate;
  problems: SheetProblem[];
}
