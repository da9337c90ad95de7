import type { ScoreTable } from '../data/data-types.js';
import { translator } from '../i18n/format.js';
import { writeCsv } from '../sheets/csv.js';
import type { CellValue } from '../sheets/workbook-model.js';

/**
 * The CSV of `score -f csv`: per checklist, a header row and a row per file (checklist id and version, file,
 * country, organization, date as written, overall, each pillar and coverage as whole percentages); a blank row
 * between checklists. Written by the shared CSV writer, whose formula guard keeps any text from becoming a formula.
 */
export function formatScoreTableCsv(table: ScoreTable, language?: string): string {
  const t = translator(language);
  const rows: CellValue[][] = [];
  for (const group of table.tables) {
    if (rows.length > 0) rows.push([]);
    rows.push([
      t('common.checklist'),
      t('score.table.version'),
      t('score.table.file'),
      t('common.country'),
      t('common.organization'),
      t('common.date'),
      t('score.overall'),
      ...group.pillars.map((p) => p.label),
      t('common.coverage'),
    ]);
    for (const row of group.rows)
      rows.push([
        group.checklist.id,
        group.checklist.version,
        row.file,
        row.respondent.country,
        row.respondent.organization,
        row.respondent.date,
        row.overall.percentRounded,
        ...row.pillars.map((g) => g.percentRounded),
        row.overall.coverageRounded,
      ]);
  }
  return writeCsv(rows);
}
