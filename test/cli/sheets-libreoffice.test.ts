import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import yaml from 'js-yaml';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { AnswersFile } from '../../src/model/checklist.js';
import { runCli } from './validate-harness.js';

const run = promisify(execFile);
// LibreOffice starts slowly on a loaded machine (CI).
vi.setConfig({ testTimeout: 180_000, hookTimeout: 180_000 });
const GOV = 'examples/veloria-government.answers.yaml';

let dir: string;
let exported: string;
let saved: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'opsc-sheets-lo-'));
  exported = join(dir, 'veloria.xlsx');
  expect((await runCli(['export', GOV, '-o', exported])).code).toBe(0);
  // A private profile, so that parallel runs (and a user's own LibreOffice) do not clash.
  const profile = `file://${join(dir, 'profile')}`;
  const out = join(dir, 'out');
  await run(
    'soffice',
    [
      `-env:UserInstallation=${profile}`,
      '--headless',
      '--convert-to',
      'xlsx:Calc MS Excel 2007 XML',
      '--outdir',
      out,
      exported,
    ],
    { timeout: 170_000 },
  );
  saved = join(out, 'veloria.xlsx');
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** The answers with neither time nor digest. */
function answersOf(file: AnswersFile): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(file.answers).map(([id, a]) => {
      const rest = { ...a };
      delete rest.answered;
      return [id, rest];
    }),
  );
}

describe('a workbook opened and saved again by LibreOffice Calc', () => {
  it('keeps the question rows, the drop-downs, the locked cells and the hidden sheet', async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(saved);
    const ws = book.getWorksheet('Questions');
    if (!ws) throw new Error('no Questions sheet');
    expect(ws.getCell('A1').text).toBe('Question ID');
    expect(ws.getCell('A2').text).toBe('PRV-LAW-01');
    expect(ws.getCell('F2').text).toBe(
      '18 is the rule, but exceptions remain (parental consent, court permission, pregnancy)',
    );
    const ids: string[] = [];
    ws.eachRow((row, n) => {
      if (n > 1) ids.push(row.getCell(1).text);
    });
    expect(ids).toHaveLength(127);
    const dropDown = ws.getCell('F3').dataValidation;
    expect(dropDown.type).toBe('list');
    expect(String(dropDown.formulae[0])).toMatch(/Answer lists/);
    // exceljs does not read back LibreOffice's cell protection: the parts themselves are read.
    const zip = await JSZip.loadAsync(await readFile(saved));
    const part = async (name: string) => (await zip.file(name)?.async('string')) ?? '';
    const questions = await part('xl/worksheets/sheet2.xml');
    expect(questions).toMatch(/<sheetProtection sheet="true"/);
    const styles = [
      ...((await part('xl/styles.xml')).match(/<cellXfs.*<\/cellXfs>/s)?.[0] ?? '').matchAll(
        /<xf .*?<\/xf>/gs,
      ),
    ];
    const locked = (cell: string) => {
      const style = Number(new RegExp(`<c r="${cell}"[^>]* s="(\\d+)"`).exec(questions)?.[1]);
      return /locked="true"/.test(styles[style]?.[0] ?? '');
    };
    expect(locked('F3')).toBe(false);
    expect(locked('G3')).toBe(false);
    expect(locked('C3')).toBe(true);
    expect(locked('A3')).toBe(true);
    expect(book.getWorksheet('opsc-audit')?.state).toBe('hidden');
  });

  it('imports to the same answers as the workbook it was made from', async () => {
    const direct = join(dir, 'direct.yaml');
    const viaCalc = join(dir, 'via-calc.yaml');
    expect((await runCli(['import', exported, '-o', direct])).code).toBe(0);
    const result = await runCli(['import', saved, '-o', viaCalc]);
    expect(result.stderr).toBe(`Wrote ${viaCalc}: 125 answers.\n`);
    const read = async (f: string) =>
      yaml.load(await readFile(f, 'utf8'), { schema: yaml.CORE_SCHEMA }) as AnswersFile;
    const [a, b] = [await read(direct), await read(viaCalc)];
    expect(answersOf(b)).toEqual(answersOf(a));
    expect(b.respondent).toEqual(a.respondent);
  });
});
