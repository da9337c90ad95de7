import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readAnswers, readAnswersShape, type AnswersProblem } from '../../src/open/read-answers.js';
import { repoRoot } from '../cli/validate-harness.js';

const fixture = (path: string): string => readFileSync(join(repoRoot, 'test/fixtures', path), 'utf8');
const ALL_KINDS = join(repoRoot, 'test/fixtures/checklists/valid/all-kinds.yaml');

/** A scratch folder with one file per case, read by its relative name from there. */
const cwd = mkdtempSync(join(tmpdir(), 'opsc-read-'));
mkdirSync(join(cwd, 'sub'));
mkdirSync(join(cwd, 'sub/dir.yaml'));
const files: Record<string, string> = {
  'sub/empty.yaml': '  \n',
  'sub/syntax.yaml': 'format: opsc-audit/answers@1\nanswers:\n  A:\n    level partial\n    notes: x\n',
  'sub/checklist.yaml': fixture('checklists/valid/minimal.yaml'),
  'sub/notes.yaml': 'title: my notes\n',
  'sub/typo.yaml':
    'format: opsc-audit/answer@1\nchecklist: { id: minimal, version: 1.0.0 }\nrespondent: {}\nanswers: {}\n',
  'sub/no-checklist.yaml': fixture('answers/invalid/checklist-not-found.yaml'),
  'sub/misfit.yaml': fixture('answers/invalid/unknown-level.yaml'),
  'sub/good.yaml': fixture('answers/valid/all-kinds.yaml'),
};
for (const [name, text] of Object.entries(files)) writeFileSync(join(cwd, name), text);

const cases: { file: string; problem: AnswersProblem | 'ok'; diagnostics: boolean; message?: string }[] = [
  { file: 'sub/nope.yaml', problem: 'missing', diagnostics: false, message: 'sub/nope.yaml: no such file' },
  { file: 'sub/dir.yaml', problem: 'unreadable', diagnostics: false },
  { file: 'sub/empty.yaml', problem: 'not-yaml', diagnostics: true },
  { file: 'sub/syntax.yaml', problem: 'yaml-error', diagnostics: true },
  { file: 'sub/checklist.yaml', problem: 'checklist', diagnostics: false },
  { file: 'sub/notes.yaml', problem: 'not-answers', diagnostics: false },
  { file: 'sub/typo.yaml', problem: 'has-errors', diagnostics: true },
  { file: 'sub/no-checklist.yaml', problem: 'no-checklist', diagnostics: false },
  { file: 'sub/misfit.yaml', problem: 'does-not-fit', diagnostics: true },
  { file: 'sub/good.yaml', problem: 'ok', diagnostics: false },
];

describe('readAnswers: one result, the file named as typed', () => {
  it.each(cases)('$file: $problem', async ({ file, problem, diagnostics, message }) => {
    const checklist = file === 'sub/good.yaml' || file === 'sub/misfit.yaml' ? ALL_KINDS : undefined;
    const result = await readAnswers(file, { cwd, checklist });
    expect(result.file).toBe(file);
    expect(result.ok ? 'ok' : result.problem).toBe(problem);
    if (result.ok) return;
    if (message) expect(result.message).toBe(message);
    // Messages lead with the file as typed (a checklist that cannot be found is named instead).
    if (problem !== 'no-checklist') expect(result.message.startsWith(file)).toBe(true);
    expect(result.diagnostics.length > 0).toBe(diagnostics);
    for (const d of result.diagnostics) expect(d.file).toBe(file);
  });

  it('reads the schema only when asked, keeping what passed it for a later check', async () => {
    const result = await readAnswersShape('sub/misfit.yaml', { cwd });
    expect(result.ok && result.shaped.answers).toMatchObject({ format: 'opsc-audit/answers@1' });
    expect(result.ok && result.shaped.file).toBe('sub/misfit.yaml');
  });

  it('words each problem for resuming: a broken file is to be fixed, never replaced', async () => {
    const read = (file: string) => readAnswersShape(file, { cwd, purpose: 'resume' });
    const syntax = await read('sub/syntax.yaml');
    expect(!syntax.ok && syntax.message).toMatch(
      /^sub\/syntax\.yaml has a YAML error at sub\/syntax\.yaml:4:\d+ .*fix sub\/syntax\.yaml where shown above/,
    );
    const notes = await read('sub/notes.yaml');
    expect(!notes.ok && notes.message).toContain('choose another file name');
    const typo = await read('sub/typo.yaml');
    expect(!typo.ok && typo.message).toContain(
      'sub/typo.yaml: the answers file has errors; fix sub/typo.yaml',
    );
    const missing = await read('sub/nope.yaml');
    expect(!missing.ok && missing.problem).toBe('missing');
  });
});
