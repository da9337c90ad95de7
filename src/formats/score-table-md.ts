import type { ScoreTable } from '../data/data-types.js';
import { translator } from '../i18n/format.js';
import { escapeMarkdownCell } from '../report/markdown.js';
import { scoreTableCells } from '../terminal/score-table-cells.js';

/** The Markdown of `score -f md`: a heading, then per checklist its title and a table with a row per file. */
export function formatScoreTableMarkdown(table: ScoreTable, language?: string): string {
  const t = translator(language);
  const blocks = table.tables.map((group) => {
    const cells = scoreTableCells(group, t, language);
    const row = (r: readonly string[]): string =>
      `| ${r.map((c) => escapeMarkdownCell(c) || ' ').join(' | ')} |`;
    const rule = `| ${cells.numeric.map((n) => (n ? '---:' : '---')).join(' | ')} |`;
    return [
      `## ${escapeMarkdownCell(cells.title)}`,
      '',
      row(cells.headers),
      rule,
      ...cells.rows.map(row),
    ].join('\n');
  });
  return `# ${t('common.scores')}\n\n${blocks.join('\n\n')}\n`;
}
