import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Diagnostic, DiagnosticCode } from '../../src/model/diagnostic.js';
import { repoRoot, runCli } from '../cli/validate-harness.js';

interface Expected {
  args?: string[];
  diagnostics: { code: DiagnosticCode; severity: string; line: number; col: number; message?: string }[];
}

const fixtures = (dir: string): string[] =>
  readdirSync(join(repoRoot, dir))
    .filter((n) => n.endsWith('.yaml'))
    .sort()
    .map((n) => `${dir}/${n}`);

const validChecklists = fixtures('test/fixtures/checklists/valid');
const validAnswers = fixtures('test/fixtures/answers/valid');
const invalid = [
  ...fixtures('test/fixtures/checklists/invalid'),
  ...fixtures('test/fixtures/answers/invalid'),
];

/** Validates one fixture as a user would; answers files run together with the valid checklists they name. */
async function validate(
  file: string,
  args: readonly string[] = [],
): Promise<{ code: number; own: Diagnostic[] }> {
  const companions = file.includes('/answers/') && args.length === 0 ? validChecklists : [];
  const run = await runCli(['validate', '-f', 'json', file, ...companions, ...args]);
  const report = JSON.parse(run.stdout) as { diagnostics: Diagnostic[] };
  return { code: run.code, own: report.diagnostics.filter((d) => d.file === file) };
}

function expectedFor(file: string): Expected {
  return JSON.parse(
    readFileSync(join(repoRoot, file.replace(/\.yaml$/, '.expected.json')), 'utf8'),
  ) as Expected;
}

/** The fixture suite: every valid fixture clean, every invalid one with exactly its expected diagnostics. */
export function describeFixtures(): void {
  describe('valid fixtures', () => {
    it.each([...validChecklists, ...validAnswers])('%s gives no diagnostics and exit 0', async (file) => {
      const { code, own } = await validate(file);
      expect(own.map((d) => `${d.line}:${d.col} ${d.code} ${d.message}`)).toEqual([]);
      expect(code).toBe(0);
    });

    it('all valid checklists and answers pass together, even with --strict', async () => {
      const run = await runCli(['validate', '--strict', ...validChecklists, ...validAnswers]);
      expect(run.stdout).toBe(
        `✔ ${validChecklists.length + validAnswers.length} files checked, no problems\n`,
      );
      expect(run.code).toBe(0);
    });
  });

  describe('invalid fixtures', () => {
    it('are at least 40, each with its expected diagnostics', () => {
      expect(invalid.length).toBeGreaterThanOrEqual(40);
      for (const file of invalid) expect(expectedFor(file).diagnostics.length, file).toBeGreaterThan(0);
    });

    it.each(invalid)('%s gives exactly the expected diagnostics', async (file) => {
      const expected = expectedFor(file);
      const { code, own } = await validate(file, expected.args);
      expect(own.map(({ code, severity, line, col }) => ({ code, severity, line, col }))).toEqual(
        expected.diagnostics.map(({ code, severity, line, col }) => ({ code, severity, line, col })),
      );
      expected.diagnostics.forEach((e, i) => {
        if (e.message) expect(own[i]?.message).toContain(e.message);
      });
      const errors = expected.diagnostics.some((d) => d.severity === 'error');
      expect(code).toBe(errors ? 1 : 0);
    });

    it('cover every diagnostic code a file can produce (file-* codes: see the hostile-input tests)', () => {
      const source = readFileSync(join(repoRoot, 'src/model/diagnostic.ts'), 'utf8');
      const union = /export type DiagnosticCode =([^;]+);/.exec(source)?.[1] ?? '';
      const all = [...union.matchAll(/'([a-z-]+)'/g)].map((m) => m[1]);
      const covered = new Set(invalid.flatMap((f) => expectedFor(f).diagnostics.map((d) => d.code)));
      expect(
        all.filter((c) => c !== undefined && !c.startsWith('file-') && !covered.has(c as DiagnosticCode)),
      ).toEqual([]);
    });
  });
}
