import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import yaml from 'js-yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Answer, AnswersFile } from '../../src/model/checklist.js';
import { checklistDigest } from '../../src/model/digest.js';
import { interview, loadIndex, noDetails, pick, RESPONDENT, SMALL } from '../fixtures/interview/harness.js';
import { runCli } from './validate-harness.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'opsc-sheets-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** The answers without the time each was given (an import stamps its own). */
function untimed(file: AnswersFile): Record<string, Answer> {
  return Object.fromEntries(
    Object.entries(file.answers).map(([id, a]) => {
      const rest = { ...a };
      delete rest.answered;
      return [id, rest];
    }),
  );
}

async function readAnswersFile(path: string): Promise<AnswersFile> {
  return yaml.load(await readFile(path, 'utf8'), { schema: yaml.CORE_SCHEMA }) as AnswersFile;
}

async function exportTo(source: string, name: string, extra: string[] = []): Promise<string> {
  const out = join(dir, name);
  const result = await runCli(['export', source, '-o', out, ...extra]);
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  return out;
}

async function importFrom(
  file: string,
  name: string,
  extra: string[] = ['--checklist', SMALL],
): Promise<{ code: number; stderr: string; out: string }> {
  const out = join(dir, name);
  const result = await runCli(['import', file, '-o', out, ...extra]);
  return { code: result.code, stderr: result.stderr, out };
}

async function workbook(path: string): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(path);
  return book;
}

function sheet(book: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const ws = book.getWorksheet(name);
  if (!ws) throw new Error(`no sheet ${name}`);
  return ws;
}

/** The cell right of a label in column A of the Instructions sheet (the respondent's details). */
function besideLabel(ws: ExcelJS.Worksheet, label: string): ExcelJS.Cell {
  for (let r = 1; r <= ws.rowCount; r++) if (ws.getCell(r, 1).value === label) return ws.getCell(r, 2);
  throw new Error(`no label ${label}`);
}

/**
 * Every answer kind, "Not applicable", "Don't know", notes (ending with lines that look like the responsible entity
 * and target date columns), several evidence items, a responsible entity and target date, and text that looks like
 * a formula.
 */
const ALL_KINDS = {
  format: 'opsc-audit/answers@1',
  checklist: { id: 'interview-small', version: '1.0.0' },
  respondent: {
    country: 'Kenya',
    organization: '=cmd|calc',
    role: 'ngo',
    name: 'A. Person',
    date: '2026-01-05',
  },
  answers: {
    'LAW-01': {
      level: 'partial',
      notes:
        '=HYPERLINK("http://evil.example","click")\nSecond line\nResponsible entity: a line of the notes, kept as written\nTarget date: 2020-01-01',
      responsible: 'Ministry of Justice',
      target: '2027-06-30',
      evidence: [
        { title: '+Civil Code', url: 'https://example.org/cc', date: '2019-03-01', public: false },
        { title: '@Decree 12', public: true },
      ],
    },
    'HOT-01': { value: true },
    'HOT-02': { na: { reason: '-Only NGOs run helplines' }, responsible: '=Ministry of Social Affairs' },
    'REP-01': { value: 'some' },
    'REP-02': { value: ['phone', 'app'] },
    'DAT-01': { value: 12.5 },
    'DAT-02': { value: '@SUM(1), "quoted", comma' },
  },
};

describe('export and import: the round trip', () => {
  let source: string;
  beforeAll(async () => {
    source = join(dir, 'all-kinds.yaml');
    const digest = checklistDigest((await loadIndex()).checklist);
    await writeFile(source, yaml.dump({ ...ALL_KINDS, checklist: { ...ALL_KINDS.checklist, digest } }));
  });

  for (const format of ['xlsx', 'csv'] as const) {
    it(`gives back every answer kind, notes, evidence, responsible entity and target date (${format})`, async () => {
      const exported = await exportTo(source, `all.${format}`, ['-f', format, '--checklist', SMALL]);
      const back = await importFrom(exported, `all-${format}.yaml`);
      expect(back.stderr).toMatch(/Wrote .*: 7 answers\./);
      expect(back.code).toBe(0);
      const file = await readAnswersFile(back.out);
      const expected = structuredClone(ALL_KINDS.answers) as Record<string, Answer>;
      for (const a of Object.values(untimed(file))) expect(a.digest).toMatch(/^[0-9a-f]{12}$/);
      const withoutDigest = Object.fromEntries(
        Object.entries(untimed(file)).map(([id, a]) => [id, { ...a, digest: undefined }]),
      );
      expect(withoutDigest).toEqual(
        Object.fromEntries(Object.entries(expected).map(([id, a]) => [id, { ...a, digest: undefined }])),
      );
      // A CSV file carries no respondent (it is the Questions sheet only).
      expect(file.respondent).toEqual(format === 'xlsx' ? ALL_KINDS.respondent : {});
      expect(file.checklist.digest).toMatch(/^sha256:/);
      expect((await runCli(['validate', back.out, '--checklist', SMALL])).code).toBe(0);
    });
  }

  it('writes text starting with = + - @ or a tab as text, never as a formula', async () => {
    const book = await workbook(await exportTo(source, 'guard.xlsx', ['--checklist', SMALL]));
    const ws = sheet(book, 'Questions');
    const notes = ws.getCell('G2');
    expect(notes.type).toBe(ExcelJS.ValueType.String);
    expect(notes.formula).toBeUndefined();
    expect(notes.value).toBe(
      '=HYPERLINK("http://evil.example","click")\nSecond line\nResponsible entity: a line of the notes, kept as written\nTarget date: 2020-01-01',
    );
    expect(ws.getCell('I2').value).toBe('+Civil Code\n@Decree 12');
    expect(ws.getCell('M2').value).toBe('Ministry of Justice');
    expect(ws.getCell('N2').value).toBe('2027-06-30');
    expect(ws.getCell('M4').value).toBe('=Ministry of Social Affairs');
    expect(ws.getCell('M4').formula).toBeUndefined();
    const csv = await readFile(
      await exportTo(source, 'guard.csv', ['-f', 'csv', '--checklist', SMALL]),
      'utf8',
    );
    expect(csv.startsWith('\uFEFFopsc-audit/sheet@1,interview-small,1.0.0,sha256:')).toBe(true);
    expect(csv).toContain(
      '"\'=HYPERLINK(""http://evil.example"",""click"")\nSecond line\nResponsible entity: a line of the notes, kept as written\nTarget date: 2020-01-01"',
    );
    expect(csv).toContain("'=Ministry of Social Affairs");
    expect(csv).toContain("'-Only NGOs run helplines");
    expect(csv).toContain('"\'@SUM(1), ""quoted"", comma"');
    // Every line ends CRLF (RFC 4180); line breaks inside a quoted field stay as written.
    expect(csv.split('\r\n').length).toBe(10);
  });
});

describe('export -> filled in by a person -> import', () => {
  it('gives the answers the interview gives for the same replies', async () => {
    const reference = await interview([
      ...RESPONDENT,
      { select: '(LAW-01)', pick: 'a:partial' },
      { input: 'Notes', type: 'Civil code, art. 14' },
      { input: 'Evidence: title', type: 'Civil Code' },
      { input: 'link or reference', type: 'https://example.org/cc' },
      { input: 'Evidence: date', type: '2019-03-01' },
      { confirm: 'published', answer: false },
      { input: 'Another evidence item', type: '' },
      ...pick('HOT-01', 'yes'),
      { select: '(HOT-02)', pick: 'na' },
      { input: 'Why does this not apply', type: 'Only NGOs run helplines' },
      { input: 'Notes', type: '' },
      { select: 'Before moving on', pick: 'continue' },
      ...pick('REP-01', 'some'),
      { select: '(REP-02)', pick: 'enter' },
      { checkbox: 'Choose all that apply', pick: ['phone', 'web'] },
      ...noDetails(),
      { select: 'Before moving on', pick: 'continue' },
      { select: '(DAT-01)', pick: 'enter' },
      { input: 'Number (cases) 0 to', type: '12' },
      ...noDetails(),
      { select: '(DAT-02)', pick: 'unknown' },
      { input: 'Notes', type: '' },
      { select: 'What next?', pick: 'finish' },
    ]);
    const blank = await exportTo(SMALL, 'blank.xlsx');
    const book = await workbook(blank);
    const about = sheet(book, 'Instructions');
    besideLabel(about, 'Country').value = 'Kenya';
    besideLabel(about, 'Organization').value = 'Ministry of Justice';
    besideLabel(about, 'Role').value = 'Government';
    besideLabel(about, 'Date').value = new Date(Date.UTC(2026, 0, 2));
    const ws = sheet(book, 'Questions');
    // As a person fills the cells: the drop-down's words, a typed date, a pasted link, a typed number.
    ws.getCell('F2').value = 'In part';
    ws.getCell('G2').value = 'Civil code, art. 14';
    ws.getCell('I2').value = 'Civil Code';
    ws.getCell('J2').value = { text: 'https://example.org/cc', hyperlink: 'https://example.org/cc' };
    ws.getCell('K2').value = new Date(Date.UTC(2019, 2, 1));
    ws.getCell('L2').value = 'No';
    ws.getCell('F3').value = 'Yes';
    ws.getCell('F4').value = 'Not applicable';
    ws.getCell('H4').value = 'Only NGOs run helplines';
    ws.getCell('F5').value = 'Some professions';
    ws.getCell('F6').value = 'Phone; Web form';
    ws.getCell('F7').value = 12;
    ws.getCell('F8').value = "Don't know";
    const filled = join(dir, 'filled.xlsx');
    await book.xlsx.writeFile(filled);
    const back = await importFrom(filled, 'filled.yaml');
    expect(back.stderr).toBe(`Wrote ${back.out}: 7 answers.\n`);
    expect(back.code).toBe(0);
    const file = await readAnswersFile(back.out);
    expect(untimed(file)).toEqual(untimed(reference.session.file));
    expect(file.respondent).toEqual(reference.session.file.respondent);
    expect(file.checklist).toEqual(reference.session.file.checklist);
  });

  it('puts the responsible entity and a typed target date into their fields, never into the notes', async () => {
    const book = await workbook(await exportTo(SMALL, 'fields.xlsx'));
    const ws = sheet(book, 'Questions');
    ws.getCell('F2').value = 'In part';
    ws.getCell('G2').value = 'First line\nSecond line';
    ws.getCell('M2').value = '  Ministry of Justice ';
    ws.getCell('N2').value = new Date(Date.UTC(2027, 5, 30));
    ws.getCell('F3').value = 'Yes';
    ws.getCell('N3').value = '2028-01-15';
    const filled = join(dir, 'fields-filled.xlsx');
    await book.xlsx.writeFile(filled);
    const back = await importFrom(filled, 'fields.yaml');
    expect(back.code).toBe(0);
    const { answers } = await readAnswersFile(back.out);
    expect(answers['LAW-01']).toMatchObject({
      level: 'partial',
      notes: 'First line\nSecond line',
      responsible: 'Ministry of Justice',
      target: '2027-06-30',
    });
    expect(answers['HOT-01']).toMatchObject({ value: true, target: '2028-01-15' });
    expect(answers['HOT-01']).not.toHaveProperty('notes');
    expect(answers['HOT-01']).not.toHaveProperty('responsible');
  });

  it('reports every wrong cell on its own line, exits 2 and writes nothing', async () => {
    const book = await workbook(await exportTo(SMALL, 'wrong.xlsx'));
    const ws = sheet(book, 'Questions');
    ws.getCell('F2').value = 'Partly';
    ws.getCell('I2').value = 'Civil Code';
    ws.getCell('K2').value = '1 March 2019';
    ws.getCell('F7').value = { formula: 'A1*2', result: 0 };
    ws.getCell('F3').value = 'Yes';
    const wrong = join(dir, 'wrong-filled.xlsx');
    await book.xlsx.writeFile(wrong);
    const back = await importFrom(wrong, 'wrong.yaml');
    expect(back.code).toBe(2);
    expect(back.stderr.split('\n')).toEqual([
      `${wrong}!Questions!F2: “Partly” is not an answer of LAW-01; choose one of: “Not in place”, “In part”, “Established”`,
      `${wrong}!Questions!K2: “1 March 2019” is not a date; write it as YYYY-MM-DD (e.g. 2025-03-31)`,
      `${wrong}!Questions!F7: a formula (=A1*2): type the value itself`,
      `3 problems; ${join(dir, 'wrong.yaml')} was not written`,
      '',
    ]);
    await expect(readFile(back.out)).rejects.toThrow(/ENOENT/);
  });

  it('names a workbook made from another version of the checklist, or without its hidden sheet', async () => {
    const book = await workbook(await exportTo(SMALL, 'versions.xlsx'));
    const hidden = sheet(book, 'opsc-audit');
    hidden.eachRow((row) => {
      if (row.getCell(1).value === 'version') row.getCell(2).value = '0.9.0';
    });
    const older = join(dir, 'older.xlsx');
    await book.xlsx.writeFile(older);
    const back = await importFrom(older, 'older.yaml');
    expect(back.code).toBe(2);
    expect(back.stderr).toContain(
      `${older}: exported from version 0.9.0 of checklist interview-small, but the checklist is now version 1.0.0`,
    );
    book.removeWorksheet(hidden.id);
    const bare = join(dir, 'bare.xlsx');
    await book.xlsx.writeFile(bare);
    const none = await importFrom(bare, 'bare.yaml');
    expect(none.code).toBe(2);
    expect(none.stderr).toContain(`${bare}: no hidden sheet “opsc-audit”`);
    const other = await runCli([
      'import',
      join(dir, 'blank.xlsx'),
      '-o',
      join(dir, 'other.yaml'),
      '--checklist',
      'sr-practical-approach-2022',
    ]);
    expect(other.code).toBe(2);
    expect(other.stderr).toContain('exported from checklist interview-small, not sr-practical-approach-2022');
  });

  it('refuses to replace an answers file unless --force is given', async () => {
    const existing = join(dir, 'existing.yaml');
    await writeFile(existing, 'kept');
    const refused = await runCli(['import', join(dir, 'blank.xlsx'), '-o', existing, '--checklist', SMALL]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('already exists: choose another name, or add --force');
    expect(await readFile(existing, 'utf8')).toBe('kept');
    const forced = await runCli([
      'import',
      join(dir, 'blank.xlsx'),
      '-o',
      existing,
      '--force',
      '--checklist',
      SMALL,
    ]);
    expect(forced.code).toBe(0);
    expect(await readFile(existing, 'utf8')).toContain('opsc-audit/answers@1');
    const blank = join(dir, 'blank.xlsx');
    const self = await runCli(['import', blank, '-o', blank, '--force', '--checklist', SMALL]);
    expect(self.code).toBe(2);
    expect(self.stderr).toContain('would overwrite the input file');
  });
});

describe('export', () => {
  it('pre-fills the answers of an answers file in words', async () => {
    const book = await workbook(await exportTo('examples/veloria-government.answers.yaml', 'veloria.xlsx'));
    const ws = sheet(book, 'Questions');
    const answers = new Map<string, unknown>();
    ws.eachRow((row, n) => {
      if (n > 1) answers.set(row.getCell(1).text, row.getCell(6).value);
    });
    expect(answers.size).toBe(127);
    expect(answers.get('PRV-POL-01')).toBe('Implemented in part');
    expect(answers.get('PRV-LAW-01')).toBe(
      '18 is the rule, but exceptions remain (parental consent, court permission, pregnancy)',
    );
    expect([...answers.values()].filter((v) => v === 'pilot' || v === 'partial')).toEqual([]);
    expect(besideLabel(sheet(book, 'Instructions'), 'Country').value).toBe('Republic of Veloria (fictional)');
    const validation = ws.getCell('F3').dataValidation;
    expect(validation.type).toBe('list');
    expect(ws.getCell('F3').protection.locked).toBe(false);
    expect(ws.getCell('C3').protection as unknown).toBeUndefined(); // locked: the default, so not written
    expect(book.getWorksheet('opsc-audit')?.state).toBe('hidden');
  });

  it('exports only the questions of an actor or a section', async () => {
    const book = await workbook(
      await exportTo('sr-practical-approach-2022', 'parliament.xlsx', [
        '--actor',
        'parliament',
        '--section',
        'prevention-legal-framework',
      ]),
    );
    const ids: string[] = [];
    sheet(book, 'Questions').eachRow((row, n) => {
      if (n > 1) ids.push(row.getCell(1).text);
    });
    expect(ids.length).toBeGreaterThan(2);
    expect(ids.every((id) => id.startsWith('PRV-LAW'))).toBe(true);
    const unknown = await runCli([
      'export',
      'sr-practical-approach-2022',
      '--actor',
      'nobody',
      '-o',
      join(dir, 'x.xlsx'),
    ]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('has no actor "nobody"; its actors: government, parliament');
  });

  it('refuses to write a workbook to a terminal', async () => {
    const result = await runCli(['export', SMALL], { tty: true });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('-f xlsx writes a binary file');
    expect(result.stdout).toBe('');
  });
});
