import type { ScoreTable, ScoreTableRow } from './data-types.js';
import { currentLanguage } from '../i18n/index.js';

/** A `--sort` key of `score` with several files: the order of the rows of each table. */
export type ScoreSort = ScoreTable['sort'];

/** The `--sort` keys, `given` (the default) first; `organisation` is read as `organization`. */
export const SCORE_SORTS: readonly ScoreSort[] = [
  'given',
  'file',
  'country',
  'organization',
  'date',
  'overall',
  'coverage',
];

/** The value a row is ordered by, and whether higher values come first; undefined (no value) always last. */
const KEYS: Readonly<Record<Exclude<ScoreSort, 'given'>, (row: ScoreTableRow) => string | number | null>> = {
  file: (row) => row.file,
  country: (row) => row.respondent.country,
  organization: (row) => row.respondent.organization,
  date: (row) => row.respondent.date,
  overall: (row) => row.overall.percent,
  coverage: (row) => row.overall.coverage,
};

/** Reads a `--sort` value: one of SCORE_SORTS (or `organisation`), else undefined. */
export function readScoreSort(text: string): ScoreSort | undefined {
  const key = text.trim().toLowerCase();
  const known = SCORE_SORTS.find((s) => s === (key === 'organisation' ? 'organization' : key));
  return known;
}

/**
 * The rows in `sort` order: text A to Z (by the UI language's collation, case and accents aside), dates oldest
 * first, scores highest first; rows without the value last; ties keep the order given (the sort is stable).
 */
export function sortScoreRows(rows: readonly ScoreTableRow[], sort: ScoreSort): ScoreTableRow[] {
  if (sort === 'given') return [...rows];
  const value = KEYS[sort];
  const collator = new Intl.Collator(currentLanguage(), { sensitivity: 'base', numeric: true });
  return [...rows].sort((a, b) => {
    const x = blankAsNull(value(a));
    const y = blankAsNull(value(b));
    if (x === null || y === null) return x === y ? 0 : x === null ? 1 : -1;
    if (typeof x === 'number' && typeof y === 'number') return y - x;
    // Dates are YYYY-MM-DD: comparing them as text is comparing them in time.
    if (sort === 'date') return String(x) < String(y) ? -1 : String(x) > String(y) ? 1 : 0;
    return collator.compare(String(x), String(y));
  });
}

function blankAsNull(value: string | number | null): string | number | null {
  return typeof value === 'string' && value.trim() === '' ? null : value;
}
