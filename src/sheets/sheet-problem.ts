import type { Translate } from '../i18n/format.js';
import { cellAddress } from './workbook-model.js';

/** Something wrong in an imported file, at a cell of a sheet, or (without a row) in the file as a whole. */
export interface SheetProblem {
  /** The sheet's name; empty for a CSV file, which has one. */
  sheet: string;
  /** 1-based row and 0-based column, or undefined for the whole file (or sheet). */
  row?: number | undefined;
  column?: number | undefined;
  message: string;
}

/** The place of a problem as a spreadsheet names it: `file.xlsx!Questions!C12`, `file.csv!C12`, or `file.xlsx`. */
export function problemPlace(file: string, problem: SheetProblem): string {
  const parts = [file];
  if (problem.sheet !== '') parts.push(problem.sheet);
  if (problem.row !== undefined) parts.push(cellAddress(problem.row, problem.column ?? 0));
  return parts.join('!');
}

/** One line per problem, sorted by sheet, row and column: `file.xlsx!Questions!C12: message`. */
export function problemLines(file: string, problems: readonly SheetProblem[], t: Translate): string[] {
  return [...problems]
    .sort(
      (a, b) =>
        a.sheet.localeCompare(b.sheet) || (a.row ?? 0) - (b.row ?? 0) || (a.column ?? 0) - (b.column ?? 0),
    )
    .map((p) => t('sheet.problem.location', { place: problemPlace(file, p), message: p.message }));
}
