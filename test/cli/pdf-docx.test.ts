import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { promisify } from 'node:util';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { main } from '../../src/main.js';
import { reportViewOf } from '../helpers/report-view.js';
import { repoRoot, runCli } from './validate-harness.js';

const run = promisify(execFile);
// Chromium and LibreOffice start slowly on a loaded machine (CI): every test here may take a while.
vi.setConfig({ testTimeout: 120_000 });
const GOV = 'examples/veloria-government.answers.yaml';
const C = 'test/fixtures/compare';
const COMPARE = [`${C}/gov-2026.yaml`, `${C}/ngo-2026.yaml`, '--checklist', `${C}/checklist-v1.1.yaml`];
const MINIMAL = 'test/fixtures/checklists/valid/minimal.yaml';
/** Chromium is found on PATH, as on a user's machine. */
const ENV = { PATH: process.env.PATH ?? '' };

let dir: string;
let top: { country: string; title: string; overall: string; gap: string; actions: number; documents: number };
/** The files the tests read, made side by side (Chromium and LibreOffice start slowly). */
let made: {
  gov: string;
  compare: string;
  show: string;
  govDocx: string;
  govText: string;
  fullDocx: string;
  fullText: string;
};

/** Text with every run of white space as one space (a PDF wraps lines anywhere). */
const flat = (text: string) => text.replace(/\s+/g, ' ');

async function pdfText(file: string, page?: number): Promise<string> {
  const pages = page === undefined ? [] : ['-f', String(page), '-l', String(page)];
  return (await run('pdftotext', [...pages, file, '-'])).stdout;
}

async function pdfInfo(file: string): Promise<string> {
  return (await run('pdfinfo', [file])).stdout;
}

/** Runs the command writing to a file in the test folder; returns the file's path. */
async function produce(args: readonly string[], name: string): Promise<string> {
  const file = join(dir, name);
  const result = await runCli([...args, '-o', file], { env: ENV });
  expect(result.stderr).not.toMatch(/cannot|error/i);
  expect(result.code).toBe(0);
  return file;
}

async function docxPart(file: string, part: string): Promise<string> {
  const zip = await JSZip.loadAsync(await readFile(file));
  const entry = zip.file(part);
  if (!entry) throw new Error(`no ${part} in ${file}`);
  return entry.async('string');
}

/** The text of each paragraph of a Word part with the given style. */
function styled(xml: string, style: string): string[] {
  const paragraphs = xml.split('<w:p>').slice(1);
  return paragraphs
    .filter((p) => p.includes(`<w:pStyle w:val="${style}"/>`))
    .map((p) => [...p.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''));
}

/** The text of every cell of every row of each table. */
function tables(xml: string): string[][][] {
  return xml
    .split('<w:tbl>')
    .slice(1)
    .map((table) =>
      (table.split('</w:tbl>')[0] ?? '')
        .split('</w:tr>')
        .slice(0, -1)
        .map((row) =>
          row
            .split('</w:tc>')
            .slice(0, -1)
            .map((cell) => [...cell.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('')),
        ),
    );
}

/** The cells of the first row of each table. */
function headerRows(xml: string): string[][] {
  return tables(xml).map((rows) => rows[0] ?? []);
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'opsc-pdfdocx-'));
  const view = await reportViewOf([GOV], 'brief');
  const first = view.actions.rows[0];
  if (!first || view.respondent.country === null) throw new Error('the example has no country or no gap');
  top = {
    country: view.respondent.country,
    title: view.profile.title,
    overall: view.profile.overall.percentText,
    gap: first.question,
    actions: view.actions.rows.length,
    documents: new Set(view.actions.rows.flatMap((r) => r.citations.map((c) => c.number))).size,
  };
  // Both Word files are read by one LibreOffice run (it starts slowly), beside the three Chromium prints.
  const docxAndText = async () => {
    const [brief, full] = await Promise.all([
      produce(['report', GOV, '-f', 'docx'], 'gov.docx'),
      produce(['report', GOV, '-f', 'docx', '--detail', 'full'], 'gov-full.docx'),
    ]);
    const [briefText, fullText] = await officeText([brief, full]);
    return { brief, full, briefText: briefText ?? '', fullText: fullText ?? '' };
  };
  const [gov, compare, show, office] = await Promise.all([
    produce(['report', GOV, '-f', 'pdf'], 'gov.pdf'),
    produce(['compare', ...COMPARE, '-f', 'pdf'], 'compare.pdf'),
    produce(['show', MINIMAL, '-f', 'pdf', '--paper', 'letter'], 'show.pdf'),
    docxAndText(),
  ]);
  made = {
    gov,
    compare,
    show,
    govDocx: office.brief,
    govText: office.briefText,
    fullDocx: office.full,
    fullText: office.fullText,
  };
}, 240_000);

/** The text LibreOffice Writer reads from Word files (converted in one run, with a throwaway profile). */
async function officeText(files: readonly string[]): Promise<string[]> {
  const profile = join(dir, 'lo-profile');
  await run(
    'soffice',
    [
      `-env:UserInstallation=file://${profile}`,
      '--headless',
      '--convert-to',
      'txt:Text',
      '--outdir',
      dir,
      ...files,
    ],
    { timeout: 180_000 },
  );
  return Promise.all(files.map((file) => readFile(file.replace(/\.docx$/, '.txt'), 'utf8')));
}

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('-f pdf, printed by the system’s Chromium', () => {
  const gov = () => made.gov;

  it('report: the country, the overall score and the first top gap, on A4', async () => {
    const text = flat(await pdfText(gov()));
    expect(text).toContain(top.country);
    expect(text).toContain(top.overall);
    expect(text).toContain(flat(top.gap));
    expect(await pdfInfo(gov())).toMatch(/Page size:.*\(A4\)/);
  });

  it('report: every page has the running header and its number out of the total', async () => {
    const pages = Number(/Pages:\s+(\d+)/.exec(await pdfInfo(gov()))?.[1]);
    expect(pages).toBeGreaterThan(2);
    const second = await pdfText(gov(), 2);
    expect(second).toMatch(new RegExp(`\\b2 ?/ ?${pages}\\b`));
    expect(flat(second)).toContain(`${top.country} · A practical approach`);
    expect(second).toMatch(/2026-\d\d-\d\d/);
  });

  it('compare and show print too; --paper letter gives US Letter', async () => {
    const { compare, show } = made;
    const compared = flat(await pdfText(compare));
    expect(compared).toContain('Republic of Examplia · ');
    expect(compared).toContain('Examplia Child Rights Coalition');
    expect(await pdfInfo(compare)).toMatch(/\(A4\)/);
    expect(flat(await pdfText(show, 1))).toMatch(/^Minimal checklist .*Minimal checklist .*\b1 ?\/ ?\d+ $/);
    expect(await pdfInfo(show)).toMatch(/Page size:.*\(letter\)/);
  });

  it('without Chromium: one line naming OPSC_AUDIT_CHROMIUM, exit code 2, no file', async () => {
    const out = join(dir, 'none.pdf');
    const named = await runCli(['show', MINIMAL, '-f', 'pdf', '-o', out], {
      env: { OPSC_AUDIT_CHROMIUM: '/nonexistent/chromium', PATH: '' },
    });
    expect(named.code).toBe(2);
    expect(named.stderr).toBe(
      'opsc-audit: cannot print a PDF: OPSC_AUDIT_CHROMIUM names /nonexistent/chromium, which is not a program that can be run\n',
    );
    const absent = await runCli(['show', MINIMAL, '-f', 'pdf', '-o', out], { env: { PATH: '' } });
    expect(absent.code).toBe(2);
    expect(absent.stderr).toMatch(
      /^opsc-audit: cannot print a PDF: no Chromium found .*OPSC_AUDIT_CHROMIUM[^\n]*\n$/,
    );
    await expect(readFile(out)).rejects.toThrow(/ENOENT/);
  });
});

describe('binary output and standard output', () => {
  it.each(['pdf', 'docx'])(
    '-f %s to a terminal is refused with one line asking for -o FILE',
    async (format) => {
      const result = await runCli(['show', MINIMAL, '-f', format], { env: ENV, tty: true });
      expect(result.code).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr).toBe(
        `opsc-audit: -f ${format} writes a binary file, which a terminal cannot show: name the file with -o FILE (or pipe the output)\n`,
      );
    },
  );

  it('to a pipe, the bytes pass unchanged (no control character stripped)', async () => {
    const chunks: Uint8Array[] = [];
    let text = '';
    const code = await main(['show', MINIMAL, '-f', 'docx'], {
      stdout: {
        write: (s: string) => (text += s),
        writeBytes: (b: Uint8Array) => chunks.push(b),
        isTTY: false,
      },
      stderr: { write: () => true },
      stdin: new PassThrough(),
      env: ENV,
      cwd: repoRoot,
    });
    expect(code).toBe(0);
    expect(text).toBe('');
    const bytes = Buffer.concat(chunks);
    const file = join(dir, 'piped.docx');
    await produce(['show', MINIMAL, '-f', 'docx'], 'piped.docx');
    expect(bytes.subarray(0, 4).toString('latin1')).toBe('PK\u0003\u0004');
    // The same document as written to a file, bar the creation time in docProps/core.xml.
    expect(bytes.length).toBeGreaterThan(5000);
    expect(Math.abs(bytes.length - (await readFile(file)).length)).toBeLessThan(20);
  });
});

describe('-f docx, an editable Word document', () => {
  it('report: the brief in the HTML’s order, its title naming the country, the draft mark, no annex', async () => {
    const xml = await docxPart(made.govDocx, 'word/document.xml');
    const core = await docxPart(made.govDocx, 'docProps/core.xml');
    expect(core).toContain('<dc:creator>opsc-audit</dc:creator>');
    expect(core).toContain(`<dc:title>${top.country}:`);
    expect(styled(xml, 'Title')).toEqual([top.title]);
    expect(top.title).toContain(top.country);
    expect(styled(xml, 'Heading1')).toEqual([
      'Executive summary',
      'What to do first',
      'Scores',
      'Not applicable, no data and not yet assessed',
      'Methodology',
      'Sources',
    ]);
    expect(xml).toContain('Draft: 1 of 127 questions not yet assessed');
    expect(headerRows(xml)).toContainEqual([
      'Pillar',
      'Score',
      'Band',
      'Assessed',
      'Coverage',
      'Weighted gap',
    ]);
    expect(headerRows(xml)).toContainEqual(['Area', 'Score', 'Band']);
    expect(xml).toContain('<w:tblHeader/>');
    expect(xml).toContain('Not yet assessed: 1 question');
  });

  it('report: the action table, its header and a row per action, on a landscape page', async () => {
    const xml = await docxPart(made.govDocx, 'word/document.xml');
    const actions = tables(xml).find((rows) => rows[0]?.[0] === 'No.');
    expect(actions?.[0]).toEqual([
      'No.',
      'Gap',
      'Recommended action',
      'Responsible',
      'Now → target',
      'Basis and source',
    ]);
    expect(top.actions).toBe(5);
    expect(actions?.slice(1).map((row) => row[0])).toEqual(['1', '2', '3', '4', '5']);
    expect(actions?.[1]?.[1]).toContain(top.gap);
    expect(actions?.[1]?.[5]).toMatch(/A\/HRC\/49\/51, para\. \d+/);
    expect(xml).toMatch(/<w:pgSz [^>]*w:orient="landscape"/);
  });

  it('report: one Word footnote per source document cited, its title and address in the note', async () => {
    const xml = await docxPart(made.govDocx, 'word/document.xml');
    const notes = await docxPart(made.govDocx, 'word/footnotes.xml');
    const ids = [...notes.matchAll(/<w:footnote w:id="(\d+)">/g)].map((m) => m[1]);
    expect(top.documents).toBeGreaterThan(0);
    expect(ids.filter((id) => id !== '0')).toHaveLength(top.documents);
    const marks = [...xml.matchAll(/<w:footnoteReference w:id="(\d+)"\/>/g)].map((m) => m[1]);
    expect(new Set(marks).size).toBe(marks.length);
    expect(marks).toHaveLength(top.documents);
    expect(notes).toContain('A/HRC/49/51. A practical approach');
    expect(notes).toContain('https://undocs.org/A/HRC/49/51');
  });

  it('report --detail full: the annex, a Heading 3 per question, "see action" instead of repeating it', async () => {
    const xml = await docxPart(made.fullDocx, 'word/document.xml');
    expect(styled(xml, 'Heading1').at(-1)).toBe('Annex: every answer, by section');
    expect(styled(xml, 'Heading3').length).toBeGreaterThan(100);
    expect(xml).toContain('See action 1 in the action table.');
    expect(flat(made.fullText)).toContain('Annex: every answer, by section');
  });

  it('report: LibreOffice opens it and reads the country and the first action', () => {
    const text = flat(made.govText);
    expect(text).toContain(top.country);
    expect(text).toContain(flat(top.gap));
  });

  it('compare: the title naming both sides, at a glance first, both sides’ columns', async () => {
    const file = await produce(['compare', ...COMPARE, '-f', 'docx'], 'compare.docx');
    const xml = await docxPart(file, 'word/document.xml');
    expect(styled(xml, 'Title')[0]).toContain('Examplia');
    expect(styled(xml, 'Heading1').slice(0, 2)).toEqual(['At a glance', 'Scores']);
    expect(styled(xml, 'Heading1')).toContain('Methodology');
    const headers = headerRows(xml);
    expect(headers[1]?.[0]).toBe('Pillar');
    expect(headers[1]?.[3]).toBe('Difference');
    expect(headers[2]?.[0]).toBe('Question');
    expect(xml).toContain('Examplia Child Rights Coalition');
    expect(xml).not.toContain('test/fixtures');
  });

  it('show: a paper form, a numbered question per Heading 2, tick boxes, write-in lines, no weight', async () => {
    const file = await produce(['show', MINIMAL, '-f', 'docx'], 'show.docx');
    const xml = await docxPart(file, 'word/document.xml');
    expect(styled(xml, 'Title')).toEqual(['Questionnaire: Minimal checklist']);
    expect(styled(xml, 'Heading2')[0]).toMatch(/^1\. /);
    expect(xml).toContain('☐ ');
    expect(xml).toContain('w:leader="underscore"');
    expect(xml).toContain('Source: A/HRC/49/51, para. 92(a)');
    expect(xml).not.toMatch(/weight|opsc-audit assess/i);
  });

  it('user text stays text: no control characters, no markup, no field codes', async () => {
    const answers = join(dir, 'hostile.yaml');
    const source = await readFile(join(repoRoot, 'test/fixtures/answers/valid/minimal.yaml'), 'utf8');
    const hostile = String.raw`"Org\u0001\u001b[31m </w:t><w:fldSimple w:instr=\"DATE\"/> \u202eevil & co"`;
    await writeFile(
      answers,
      source
        .replace('respondent: { role: ngo }', `respondent: { role: ngo, organization: ${hostile} }`)
        .replace('"Training is planned."', String.raw`"line one\nline two\u0007"`),
    );
    const file = await produce(
      ['report', answers, '--checklist', MINIMAL, '-f', 'docx', '--detail', 'full'],
      'hostile.docx',
    );
    const xml = await docxPart(file, 'word/document.xml');
    expect(xml).toContain('Org &lt;/w:t&gt;&lt;w:fldSimple w:instr=&quot;DATE&quot;/&gt; evil &amp; co');
    // eslint-disable-next-line no-control-regex -- finding control characters is the point
    expect(xml).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u202e]/);
    expect(xml).not.toContain('<w:fldSimple');
    expect(xml).toMatch(
      /line one<\/w:t><\/w:r><w:r>(?:<w:rPr>(?:(?!<\/w:r>).)*<\/w:rPr>)?<w:br\/><w:t[^>]*>line two</,
    );
  });
});
