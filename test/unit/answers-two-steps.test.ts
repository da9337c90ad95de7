import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { readAnswers } from '../../src/open/read-answers.js';
import { repoRoot } from '../cli/validate-harness.js';

// Every file through the quick reader, where checking the schema twice used to be avoided with a flag.
vi.mock('../../src/parse/quick-parse.js', async (original) => ({
  ...(await original<typeof import('../../src/parse/quick-parse.js')>()),
  QUICK_FROM_CHARS: 0,
}));
const checked = vi.hoisted(() => [] as string[]);
vi.mock('../../src/validate/schemas.js', async (original) => {
  const actual = await original<typeof import('../../src/validate/schemas.js')>();
  return {
    ...actual,
    schemaErrors: (...args: Parameters<typeof actual.schemaErrors>) => {
      checked.push(args[0]);
      return actual.schemaErrors(...args);
    },
  };
});

const fixtures = join(repoRoot, 'test/fixtures');
const cwd = mkdtempSync(join(tmpdir(), 'opsc-two-steps-'));

describe('an answers file is checked in two steps, the schema once', () => {
  it('a clean file read quickly: one schema check for the answers, then the fit with the checklist', async () => {
    writeFileSync(join(cwd, 'good.yaml'), readFileSync(join(fixtures, 'answers/valid/all-kinds.yaml')));
    checked.length = 0;
    const checklist = join(fixtures, 'checklists/valid/all-kinds.yaml');
    const read = await readAnswers('good.yaml', { cwd, checklist });
    expect(read.ok).toBe(true);
    expect(checked.filter((name) => name === 'answers')).toEqual(['answers']);
  });

  it('a file that does not fit is reported from the exact parse, with positions', async () => {
    writeFileSync(
      join(cwd, 'misfit.yaml'),
      readFileSync(join(fixtures, 'answers/invalid/unknown-level.yaml')),
    );
    const checklist = join(fixtures, 'checklists/valid/all-kinds.yaml');
    const read = await readAnswers('misfit.yaml', { cwd, checklist });
    expect(read.ok).toBe(false);
    expect(!read.ok && read.diagnostics.map((d) => `${d.file}:${d.line}:${d.col} ${d.code}`)).toEqual([
      'misfit.yaml:6:24 unknown-level',
      'misfit.yaml:8:12 unknown-level',
    ]);
  });
});
