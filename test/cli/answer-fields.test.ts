import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serializeAnswers } from '../../src/answers/serialize.js';
import { combineSources } from '../../src/merge/combine.js';
import type { AnswersFile } from '../../src/model/checklist.js';
import { emptyFile, interview, loadIndex } from '../fixtures/interview/harness.js';
import { runCli } from './validate-harness.js';

const GOV = join(import.meta.dirname, '..', '..', 'examples', 'veloria-government.answers.yaml');
const HOSTILE = '<b>Ministry</b> of *Justice* [click](javascript:alert(1))';

let dir: string;
let withFields: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'opsc-fields-'));
  const text = await readFile(GOV, 'utf8');
  const at = '  PRV-LAW-01:\n';
  expect(text).toContain(at);
  withFields = join(dir, 'fields.answers.yaml');
  await writeFile(
    withFields,
    text.replace(at, `${at}    responsible: ${JSON.stringify(HOSTILE)}\n    target: 2027-06-30\n`),
  );
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('the responsible entity and target date of an answer', () => {
  it('validate accepts them, and a wrong target date is a schema error at its line (exit 1, as any invalid file)', async () => {
    expect((await runCli(['validate', withFields])).code).toBe(0);
    const wrong = join(dir, 'wrong.answers.yaml');
    const text = (await readFile(withFields, 'utf8')).replace('target: 2027-06-30', 'target: 2027-13-45');
    await writeFile(wrong, text);
    const line = text.split('\n').findIndex((l) => l.includes('target: 2027-13-45')) + 1;
    const r = await runCli(['validate', wrong]);
    expect(r.code).toBe(1);
    expect(r.stdout + r.stderr).toContain(
      `wrong.answers.yaml:${line}:13 error schema "target" must be a date written YYYY-MM-DD`,
    );
  });

  it('the full report shows them, escaped as the notes are (HTML and Markdown)', async () => {
    const html = await runCli(['report', withFields, '-f', 'html', '--detail', 'full']);
    expect(html.code).toBe(0);
    expect(html.stdout).toContain(
      '<dt>Responsible entity</dt><dd dir="auto">&lt;b&gt;Ministry&lt;/b&gt; of *Justice* [click](javascript:alert(1))</dd>',
    );
    expect(html.stdout).toContain('<dt>Target date</dt><dd>2027-06-30</dd>');
    expect(html.stdout).not.toContain('<b>Ministry');
    expect((html.stdout.match(/<dt>Target date<\/dt>/g) ?? []).length).toBe(1);
    const md = await runCli(['report', withFields, '-f', 'md', '--detail', 'full']);
    expect(md.code).toBe(0);
    const line = md.stdout.split('\n').find((l) => l.startsWith('- **Responsible entity:**'));
    expect(line).toBeDefined();
    expect(line).not.toContain('<b>');
    expect(line).toContain('\\[click\\](javascript:alert(1))');
    expect(md.stdout).toContain('- **Target date:** 2027-06-30');
    // Without them the annex has no such lines.
    const plain = await runCli(['report', GOV, '-f', 'md', '--detail', 'full']);
    expect(plain.stdout).not.toContain('Target date');
  });

  it('the Word report shows them among the answer facts', async () => {
    const file = join(dir, 'fields.docx');
    const r = await runCli(['report', withFields, '-f', 'docx', '--detail', 'full', '-o', file], {
      env: { PATH: process.env.PATH ?? '' },
    });
    expect(r.code).toBe(0);
    const zip = await JSZip.loadAsync(await readFile(file));
    const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
    const text = [...xml.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('|');
    expect(text).toContain('Responsible entity|&lt;b&gt;Ministry&lt;/b&gt; of *Justice*');
    expect(text).toContain('Target date|2027-06-30');
  });

  it('the report data carries them only on the question that has them', async () => {
    const r = await runCli(['report', withFields, '-f', 'json']);
    expect(r.code).toBe(0);
    const data = JSON.parse(r.stdout) as {
      questions: { id: string; responsibleEntity?: string; targetDate?: string }[];
    };
    const law = data.questions.find((q) => q.id === 'PRV-LAW-01');
    expect(law?.responsibleEntity).toBe(HOSTILE);
    expect(law?.targetDate).toBe('2027-06-30');
    const others = data.questions.filter((q) => q.id !== 'PRV-LAW-01');
    expect(others.some((q) => 'responsibleEntity' in q || 'targetDate' in q)).toBe(false);
  });

  it('the answers file keeps them after the evidence, before the digest', () => {
    const file: AnswersFile = {
      format: 'opsc-audit/answers@1',
      checklist: { id: 'x', version: '1' },
      respondent: {},
      answers: {
        A: {
          answered: '2026-01-01T00:00:00Z',
          target: '2027-01-01',
          responsible: 'Police',
          notes: 'n',
          level: 'a',
        },
      },
    };
    expect(serializeAnswers(file)).toContain(
      '  A:\n    level: a\n    notes: n\n    responsible: Police\n    target: 2027-01-01\n    answered: 2026-01-01T00:00:00Z\n',
    );
  });

  it('merge keeps the latest value given among agreeing answers', () => {
    const merged = combineSources([
      {
        file: 'a',
        by: [],
        answer: { level: 'a', responsible: 'Police', target: '2027-01-01', answered: '2026-01-02T00:00:00Z' },
      },
      {
        file: 'b',
        by: [],
        answer: { level: 'a', responsible: 'Ministry of Justice', answered: '2026-03-01T00:00:00Z' },
      },
      { file: 'c', by: [], answer: { level: 'a', responsible: ' ', answered: '2026-05-01T00:00:00Z' } },
    ] as never);
    expect(merged.responsible).toBe('Ministry of Justice');
    expect(merged.target).toBe('2027-01-01');
    expect(combineSources([{ file: 'a', by: [], answer: { level: 'a' } }] as never)).not.toHaveProperty(
      'target',
    );
  });

  it('the interview keeps them, as it keeps the notes, when the answer is given again', async () => {
    const file = emptyFile(await loadIndex());
    file.respondent = { country: 'Kenya', organization: 'MoJ', role: 'government', date: '2026-01-02' };
    file.answers['LAW-01'] = {
      level: 'partial',
      notes: 'old note',
      responsible: 'Police',
      target: '2027-01-01',
    };
    const { session } = await interview(
      [
        { select: '(HOT-01)', pick: 'back' },
        { select: '(LAW-01)', pick: 'a:established' },
        { input: 'Notes', type: '' },
        { input: 'Evidence: title', type: '' },
        { select: '(HOT-01)', pick: 'quit' },
      ],
      { file, first: ['HOT-01'] },
    );
    expect(session.file.answers['LAW-01']).toMatchObject({
      level: 'established',
      notes: 'old note',
      responsible: 'Police',
      target: '2027-01-01',
    });
  });
});
