import type { ScoreTableGroup } from '../data/data-types.js';
import type { Translate } from '../i18n/format.js';
import { formatPercent } from '../report/format-number.js';
import { formatDate } from '../text/format-date.js';

/** One table of `score` with several files as text cells, not yet escaped for any format. */
export interface ScoreTableCells {
  /** "Title (id version)", as the single-file summary heads itself. */
  title: string;
  headers: string[];
  rows: string[][];
  /** Per column: whether it holds numbers (right-aligned). */
  numeric: boolean[];
}

/** The cells of a table: file, country, organization, date, overall, each pillar, coverage (untrusted texts raw). */
export function scoreTableCells(table: ScoreTableGroup, t: Translate, language?: string): ScoreTableCells {
  const { checklist, pillars } = table;
  const headers = [
    t('score.table.file'),
    t('common.country'),
    t('common.organization'),
    t('common.date'),
    t('score.overall'),
    ...pillars.map((p) => p.label),
    t('common.coverage'),
  ];
  const percent = (value: number | null): string => formatPercent(value ?? undefined, t);
  const rows = table.rows.map((row) => [
    row.file,
    row.respondent.country ?? '',
    row.respondent.organization ?? '',
    row.respondent.date === null ? '' : formatDate(row.respondent.date, language),
    percent(row.overall.percent),
    ...row.pillars.map((g) => percent(g.percent)),
    percent(row.overall.coverage),
  ]);
  const numeric = headers.map((_, i) => i >= 4);
  return { title: `${checklist.title} (${checklist.id} ${checklist.version})`, headers, rows, numeric };
}
