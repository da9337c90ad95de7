import { spawnSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from './validate-harness.js';
import { dataErrors } from '../helpers/data-schemas.js';
import { readCsv } from '../../src/sheets/csv.js';

const bin = join(repoRoot, 'dist', 'cli.js');
const EX = join(repoRoot, 'examples');

/** Runs the built binary as a user would, in `cwd`; stdout is a pipe, not a terminal. */
function opsc(args: string[], cwd: string): { code: number | null; stdout: string; stderr: string } {
  const run = spawnSync(process.execPath, [bin, ...args], {
    cwd,
    encoding: 'utf8',
    timeout: 60000,
    env: { PATH: process.env.PATH ?? '' },
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

// A folder of answers files: the three examples (one checklist), one file of another bundled checklist whose
// respondent is hostile (a formula for a country, Markdown and a pipe for an organisation), and a broken file.
let dir = '';
const GOV = 'veloria-government.answers.yaml';
const GOV24 = 'veloria-government-2024.answers.yaml';
const NGO = 'veloria-ngo.answers.yaml';
const OTHER = [
  'format: opsc-audit/answers@1',
  'checklist: { id: sr-protection-systems-2013, version: 2.0.1 }',
  'respondent:',
  `  country: "=HYPERLINK(\\"http://evil.example\\")"`,
  '  organization: "Pipe | *bold* <b>tag</b>"',
  '  role: ngo',
  '  date: 2026-01-05',
  'answers: {}',
  '',
].join('\n');
const BROKEN = [
  'format: opsc-audit/answers@1',
  'checklist: { id: sr-practical-approach-2022, version: 2.0.1 }',
  'respondent:',
  '  country: [oops',
  'answers: {}',
  '',
].join('\n');

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'opsc-many-'));
  mkdirSync(join(dir, 'countries'));
  for (const f of [GOV, GOV24, NGO]) copyFileSync(join(EX, f), join(dir, 'countries', f));
  writeFileSync(join(dir, 'other.answers.yaml'), OTHER);
  writeFileSync(join(dir, 'broken.answers.yaml'), BROKEN);
});

const examples = ['countries/*.answers.yaml'];

describe('score with several answers files', () => {
  it('prints one table with a row per file, in the order given (a glob: sorted by path)', () => {
    const run = opsc(['score', ...examples], dir);
    expect(run.code, run.stderr).toBe(0);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines[0]).toBe(
      'A practical approach to addressing the sale and sexual exploitation of children (sr-practical-approach-2022 2.0.1)',
    );
    expect(lines[1]).toMatch(
      /^ {2}File +Country +Organization +Date +Overall +Prevention +Protection +Rehabilitation +Coverage$/,
    );
    expect(lines.slice(2).map((l) => l.trim().split(/\s{2,}/)[0])).toEqual([
      'veloria-government-2024.answers.yaml',
      'veloria-government.answers.yaml',
      'veloria-ngo.answers.yaml',
    ]);
    // The row of a file holds the overall score its own `score` prints.
    const single = opsc(['score', `countries/${GOV}`], dir);
    const overall = /Overall\s+\S+\s+(\d+%)/.exec(single.stdout)?.[1];
    expect(lines[3]).toContain(`  ${overall}  `);
  });

  it('keeps the order of the arguments, and --sort orders by a key (ties in the order given)', () => {
    const given = opsc(
      ['score', `countries/${NGO}`, `countries/${GOV}`, `countries/${GOV24}`, '-f', 'json'],
      dir,
    );
    const files = (out: string) =>
      (JSON.parse(out) as { tables: { rows: { file: string }[] }[] }).tables[0]?.rows.map((r) => r.file);
    expect(files(given.stdout)).toEqual([NGO, GOV, GOV24]);
    const byOverall = opsc(['score', ...examples, '--sort', 'overall', '-f', 'json'], dir);
    // 49%, 33%, 30%: highest first.
    expect(files(byOverall.stdout)).toEqual([GOV, NGO, GOV24]);
    const byDate = opsc(['score', ...examples, '--sort', 'date', '-f', 'json'], dir);
    expect(files(byDate.stdout)).toEqual([GOV24, GOV, NGO]);
    // Same country everywhere: a tie, kept in the order given.
    const byCountry = opsc(
      ['score', `countries/${NGO}`, `countries/${GOV}`, '--sort', 'country', '-f', 'json'],
      dir,
    );
    expect(files(byCountry.stdout)).toEqual([NGO, GOV]);
    const bad = opsc(['score', ...examples, '--sort', 'size'], dir);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe(
      'opsc-audit: --sort takes one of given, file, country, organization, date, overall, coverage, not "size"\n',
    );
  });

  it('groups files of different checklists into one table each, titled with the checklist and its version', () => {
    const run = opsc(
      ['score', `countries/${GOV}`, 'other.answers.yaml', `countries/${NGO}`, '-f', 'md'],
      dir,
    );
    expect(run.code, run.stderr).toBe(0);
    const headings = run.stdout.split('\n').filter((l) => l.startsWith('#'));
    expect(headings).toEqual([
      '# Scores',
      '## A practical approach to addressing the sale and sexual exploitation of children (sr-practical-approach-2022 2.0.1)',
      '## Building comprehensive, rights-based child protection systems against sale and sexual exploitation (sr-protection-systems-2013 2.0.1)',
    ]);
    const first = run.stdout.split('\n## ')[1] ?? '';
    expect(first).toContain(`| ${GOV} |`);
    expect(first).toContain(`| ${NGO} |`);
    expect(first).not.toContain('other.answers.yaml');
  });

  it('-f json fits schemas/score-table.schema.json and names no folder', () => {
    const run = opsc(['score', ...examples, 'other.answers.yaml', 'broken.answers.yaml', '-f', 'json'], dir);
    expect(run.code).toBe(1);
    const data = JSON.parse(run.stdout) as { tables: unknown[]; failed: unknown[] };
    expect(dataErrors('score-table', data)).toEqual([]);
    expect(data.tables).toHaveLength(2);
    expect(data.failed).toEqual([{ file: 'broken.answers.yaml', problem: 'yaml-error' }]);
    expect(run.stdout).not.toContain(dir);
    expect(run.stdout).not.toContain('countries/');
  });

  it('-f csv never lets a country become a formula, and reads back to the same text', () => {
    const run = opsc(['score', 'other.answers.yaml', `countries/${GOV}`, '-f', 'csv'], dir);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout.startsWith('\uFEFFChecklist,Version,File,Country,Organization,Date,Overall')).toBe(
      true,
    );
    // Each field that starts with = is guarded by an apostrophe.
    expect(run.stdout).toContain(`,"'=HYPERLINK(""http://evil.example"")",`);
    expect(run.stdout).not.toMatch(/(^|,)"?=/m);
    const read = readCsv(run.stdout, 100);
    expect(read.ok).toBe(true);
    const rows = read.ok ? read.rows : [];
    // Two checklists: two blocks, a blank row between them.
    expect(rows.map((r) => r[0])).toEqual([
      'Checklist',
      'sr-protection-systems-2013',
      '',
      'Checklist',
      'sr-practical-approach-2022',
    ]);
    expect(rows[1]?.[3]).toBe('=HYPERLINK("http://evil.example")');
  });

  it('-f md escapes the respondent’s text: a pipe cannot split a cell, Markdown and HTML stay literal', () => {
    const run = opsc(['score', 'other.answers.yaml', `countries/${GOV}`, '-f', 'md'], dir);
    const row = run.stdout.split('\n').find((l) => l.startsWith('| other.answers.yaml'));
    expect(row).toBe(
      '| other.answers.yaml | \\=HYPERLINK("http://evil.example") | Pipe \\| \\*bold\\* &lt;b&gt;tag&lt;/b&gt; | 2026-01-05 | 0% | 0% | 0% | 0% | 0% |',
    );
    // As many cells as the header.
    const header = run.stdout.split('\n').find((l) => l.startsWith('| File'));
    const cells = (line: string) => line.split(/(?<!\\)\|/).length;
    expect(cells(row ?? '')).toBe(cells(header ?? ''));
  });

  it('reports a broken file with its file:line:col diagnostics, scores the others, and exits 1', () => {
    const run = opsc(['score', `countries/${GOV}`, 'broken.answers.yaml', `countries/${NGO}`], dir);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(GOV);
    expect(run.stdout).toContain(NGO);
    expect(run.stdout).not.toContain('broken');
    expect(run.stderr.split('\n')).toEqual([
      expect.stringMatching(/^broken\.answers\.yaml:5:1 error yaml-syntax /),
      expect.stringMatching(
        /^opsc-audit: broken\.answers\.yaml: the answers file has errors \(run: .* validate broken\.answers\.yaml\)$/,
      ),
      'opsc-audit: 1 of 3 answers files could not be scored (see above)',
      '',
    ]);
  });

  it('exits 2 when no file can be scored; a missing file is one line', () => {
    const run = opsc(['score', 'broken.answers.yaml', 'missing.yaml'], dir);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('opsc-audit: missing.yaml: no such file\n');
    expect(run.stderr).toMatch(/opsc-audit: none of the 2 answers files could be scored \(see above\)\n$/);
  });

  it('--fail-under names each file under the threshold', () => {
    const run = opsc(['score', ...examples, '--fail-under', '40'], dir);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(
      [
        'opsc-audit: countries/veloria-government-2024.answers.yaml: overall score 30.0% is under --fail-under 40',
        'opsc-audit: countries/veloria-ngo.answers.yaml: overall score 33.2% is under --fail-under 40',
        '',
      ].join('\n'),
    );
  });
});

describe('report and compare write one file per input into an -o folder', () => {
  it('report: one report per answers file, named after it, into a folder created if missing', () => {
    const run = opsc(['report', ...examples, '-f', 'md', '-o', 'out/reports'], dir);
    expect(run.code, run.stderr).toBe(0);
    expect(readdirSync(join(dir, 'out', 'reports')).sort()).toEqual([
      'veloria-government-2024.md',
      'veloria-government.md',
      'veloria-ngo.md',
    ]);
    // Each is the report its own run writes.
    const own = opsc(['report', `countries/${NGO}`, '-f', 'md'], dir);
    expect(readFileSync(join(dir, 'out', 'reports', 'veloria-ngo.md'), 'utf8')).toBe(own.stdout);
    // Notes about one input name it.
    expect(run.stderr).toContain('opsc-audit: countries/veloria-ngo.answers.yaml: 2 evidence items');
  });

  it('report: several inputs need -o FOLDER; a file in the way and two inputs of one name are refused', () => {
    const none = opsc(['report', ...examples], dir);
    expect(none.code).toBe(2);
    expect(none.stderr).toBe(
      'opsc-audit: several inputs write one file each: name a folder with -o, for example -o reports/\n',
    );
    writeFileSync(join(dir, 'a-file'), 'x');
    const file = opsc(['report', ...examples, '-o', 'a-file'], dir);
    expect(file.code).toBe(2);
    expect(file.stderr).toBe(
      'opsc-audit: cannot write into a-file: it, or a folder above it, is a file, not a folder\n',
    );
    mkdirSync(join(dir, 'twin'), { recursive: true });
    copyFileSync(join(EX, NGO), join(dir, 'twin', NGO));
    const twins = opsc(['report', `countries/${NGO}`, `twin/${NGO}`, '-o', 'out/twins'], dir);
    expect(twins.code).toBe(2);
    expect(twins.stderr).toBe(
      `opsc-audit: countries/${NGO} and twin/${NGO} would both be written as veloria-ngo.md: rename one, or run them apart\n`,
    );
    expect(existsSync(join(dir, 'out', 'twins'))).toBe(false);
  });

  it('report: never writes over an input; a broken input fails alone (exit 1)', () => {
    mkdirSync(join(dir, 'clash'), { recursive: true });
    // An input standing where the report of another input would be written.
    copyFileSync(join(EX, GOV), join(dir, 'clash', 'veloria-ngo.md'));
    const run = opsc(['report', `countries/${NGO}`, 'clash/veloria-ngo.md', '-o', 'clash'], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(
      'opsc-audit: -o clash/veloria-ngo.md would overwrite the input file clash/veloria-ngo.md; write the output to another file\n',
    );
    expect(readFileSync(join(dir, 'clash', 'veloria-ngo.md'), 'utf8')).toBe(
      readFileSync(join(EX, GOV), 'utf8'),
    );
    const broken = opsc(['report', `countries/${NGO}`, 'broken.answers.yaml', '-o', 'out/mixed'], dir);
    expect(broken.code).toBe(1);
    expect(readdirSync(join(dir, 'out', 'mixed'))).toEqual(['veloria-ngo.md']);
    expect(broken.stderr).toMatch(/^broken\.answers\.yaml:5:1 error yaml-syntax /m);
    expect(broken.stderr).toContain('opsc-audit: 1 of 2 inputs failed (see above)\n');
  });

  it('compare: the base with each other file (base-vs-other), skipping the base; other checklists said so clearly', () => {
    const run = opsc(
      ['compare', `countries/${GOV24}`, ...examples, 'other.answers.yaml', '-o', 'progress/', '-f', 'md'],
      dir,
    );
    expect(run.code).toBe(1);
    expect(readdirSync(join(dir, 'progress')).sort()).toEqual([
      'veloria-government-2024-vs-veloria-government.md',
      'veloria-government-2024-vs-veloria-ngo.md',
    ]);
    // The same bytes as the bundled example of this comparison.
    expect(
      readFileSync(join(dir, 'progress', 'veloria-government-2024-vs-veloria-government.md'), 'utf8'),
    ).toBe(readFileSync(join(EX, 'compare-progress.md'), 'utf8'));
    expect(run.stderr).toContain(
      `opsc-audit: cannot compare answers to different checklists: countries/${GOV24} is for "sr-practical-approach-2022", other.answers.yaml is for "sr-protection-systems-2013"\n`,
    );
    expect(run.stderr).toContain('opsc-audit: 1 of 3 inputs failed (see above)\n');
  });

  it('compare: a glob that matches only the base is a usage error, and nothing is written', () => {
    const run = opsc(['compare', `countries/${GOV24}`, 'countries/*2024*.yaml', '-o', 'only-base/'], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      `opsc-audit: nothing to compare countries/${GOV24} with: the other files named are only the base itself\n`,
    );
    expect(existsSync(join(dir, 'only-base'))).toBe(false);
  });

  it('compare with one current file and -o FILE writes that file as before', () => {
    const run = opsc(['compare', `countries/${GOV24}`, `countries/${GOV}`, '-o', 'one.md'], dir);
    expect(run.code, run.stderr).toBe(0);
    expect(readFileSync(join(dir, 'one.md'), 'utf8')).toBe(
      readFileSync(join(EX, 'compare-progress.md'), 'utf8'),
    );
  });
});
