import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readAnswers } from '../../src/open/read-answers.js';
import { scoreAnswers } from '../../src/score/score-answers.js';
import { buildScoreTable, type ScoredFile } from '../../src/data/build-score-table.js';
import { readScoreSort, sortScoreRows } from '../../src/data/score-table-sort.js';
import type { ScoreTableRow } from '../../src/data/data-types.js';
import { formatScoreTableCsv } from '../../src/formats/score-table-csv.js';
import { formatScoreTableMarkdown } from '../../src/formats/score-table-md.js';
import { formatScoreTableText } from '../../src/terminal/score-table-text.js';
import { outputStem } from '../../src/commands/many-outputs.js';

const root = join(import.meta.dirname, '..', '..');

async function scored(file: string, edit?: (r: Record<string, unknown>) => void): Promise<ScoredFile> {
  const read = await readAnswers(`examples/${file}`, { cwd: root });
  if (!read.ok) throw new Error(read.message);
  const answers = structuredClone(read.answers);
  edit?.(answers.respondent);
  return {
    file: `examples/${file}`,
    index: read.index,
    answers,
    card: scoreAnswers(read.index, answers.answers),
  };
}

/** A row with only what sorting looks at. */
function row(
  file: string,
  values: { country?: string | null; date?: string | null; overall?: number | null },
) {
  const group = { percent: values.overall ?? null, coverage: values.overall ?? null };
  return {
    file,
    respondent: {
      country: values.country ?? null,
      organization: null,
      role: null,
      name: null,
      date: values.date ?? null,
    },
    overall: group,
    pillars: [],
    draft: null,
  } as unknown as ScoreTableRow;
}

describe('sortScoreRows', () => {
  const rows = [
    row('a', { country: 'Zambia', date: '2026-01-02', overall: 40 }),
    row('b', { country: 'ecuador', date: null, overall: 55 }),
    row('c', { country: null, date: '2025-05-05', overall: null }),
    row('d', { country: 'Élan', date: '2026-01-02', overall: 40 }),
    row('e', { country: '  ', date: '2024-12-31', overall: 55 }),
  ];
  const order = (sort: Parameters<typeof sortScoreRows>[1]) => sortScoreRows(rows, sort).map((r) => r.file);

  it('keeps the order given by default', () => {
    expect(order('given')).toEqual(['a', 'b', 'c', 'd', 'e']);
  });
  it('orders text A to Z whatever the case and accents, blanks last', () => {
    expect(order('country')).toEqual(['b', 'd', 'a', 'c', 'e']);
  });
  it('orders dates oldest first and scores highest first; ties keep the order given; no value last', () => {
    expect(order('date')).toEqual(['e', 'c', 'a', 'd', 'b']);
    expect(order('overall')).toEqual(['b', 'e', 'a', 'd', 'c']);
  });
  it('reads the keys, and organisation as organization', () => {
    expect(readScoreSort('Overall')).toBe('overall');
    expect(readScoreSort('organisation')).toBe('organization');
    expect(readScoreSort('size')).toBeUndefined();
  });
});

describe('buildScoreTable', () => {
  it('puts the files of one checklist in one table, names files without their folder, lists failures', async () => {
    const files = [await scored('veloria-ngo.answers.yaml'), await scored('veloria-government.answers.yaml')];
    const table = buildScoreTable(
      files,
      [{ file: 'x/broken.yaml', problem: 'yaml-error' }],
      'overall',
      'opsc-audit 0',
    );
    expect(table.tables).toHaveLength(1);
    expect(table.tables[0]?.pillars.map((p) => p.id)).toEqual(['prevention', 'protection', 'rehabilitation']);
    expect(table.tables[0]?.rows.map((r) => r.file)).toEqual([
      'veloria-government.answers.yaml',
      'veloria-ngo.answers.yaml',
    ]);
    expect(table.tables[0]?.rows[0]?.overall.percent).toBe(files[1]?.card.overall.percent);
    expect(table.failed).toEqual([{ file: 'broken.yaml', problem: 'yaml-error' }]);
  });
});

describe('the table formats escape what the answers files say', () => {
  const hostile = async () =>
    buildScoreTable(
      [
        await scored('veloria-ngo.answers.yaml', (r) => {
          r.country = '@SUM(1+1)*cmd|';
          r.organization = 'Line one\n# Heading <script>x</script>\u001b[31m';
        }),
      ],
      [],
      'given',
      'opsc-audit 0',
    );

  it('csv: a country starting with @ = + - is guarded with an apostrophe', async () => {
    const csv = formatScoreTableCsv(await hostile());
    expect(csv).toContain(",'@SUM(1+1)*cmd|,");
    expect(csv).toContain('"Line one\n# Heading <script>x</script>\u001b[31m"');
  });

  it('md: one line per row, Markdown and HTML literal', async () => {
    const md = formatScoreTableMarkdown(await hostile());
    const line = md.split('\n').find((l) => l.startsWith('| veloria-ngo'));
    expect(line).toContain('| @SUM\\(1+1\\)\\*cmd\\| |'.replace('\\(', '(').replace('\\)', ')'));
    expect(line).toContain('Line one # Heading &lt;script&gt;x&lt;/script&gt;');
    expect(md).not.toContain('\u001b');
    expect(md).not.toContain('\n# Heading');
  });

  it('text: no control characters, no line breaks inside a row', async () => {
    const text = formatScoreTableText(await hostile(), { color: false, width: undefined });
    expect(text).not.toContain('\u001b');
    expect(text.trimEnd().split('\n')).toHaveLength(3);
  });
});

describe('the terminal table on a narrow terminal', () => {
  const three = async () =>
    buildScoreTable(
      [
        await scored('veloria-government-2024.answers.yaml'),
        await scored('veloria-government.answers.yaml'),
        await scored('veloria-ngo.answers.yaml'),
      ],
      [],
      'given',
      'opsc-audit 0',
    );

  it.each([80, 60])('at %i columns no line is wider, and every file keeps all its cells', async (width) => {
    const table = await three();
    const text = formatScoreTableText(table, { color: false, width });
    for (const line of text.trimEnd().split('\n')) expect(line.length).toBeLessThanOrEqual(width);
    const group = table.tables[0];
    if (!group) throw new Error('no table');
    const blocks = text.split('\n  veloria').slice(1);
    expect(blocks).toHaveLength(3);
    for (const [i, row] of group.rows.entries()) {
      const block = blocks[i] ?? '';
      expect(`veloria${block}`.startsWith(row.file)).toBe(true);
      expect(block).toContain(`Date: ${row.respondent.date ?? ''}`);
      expect(block).toContain(`Overall: ${Math.round(row.overall.percent ?? 0)}%`);
      expect(block).toContain(`Coverage: ${Math.round(row.overall.coverage ?? 0)}%`);
      for (const [p, pillar] of group.pillars.entries())
        expect(block).toContain(`${pillar.label}: ${Math.round(row.pillars[p]?.percent ?? 0)}%`);
    }
  });

  it('a terminal wide enough, or a pipe, keeps one row per file', async () => {
    for (const width of [200, undefined]) {
      const text = formatScoreTableText(await three(), { color: false, width });
      expect(text.trimEnd().split('\n')).toHaveLength(5);
    }
  });
});

describe('outputStem', () => {
  it('names an output after its input, without folder, .yaml and .answers', () => {
    expect(outputStem('countries/kenya.answers.yaml')).toBe('kenya');
    expect(outputStem('C:\\data\\kenya-2026.yml')).toBe('kenya-2026');
    expect(outputStem('.answers.yaml')).toBe('.answers');
    expect(outputStem('notes.md')).toBe('notes.md');
  });
});
