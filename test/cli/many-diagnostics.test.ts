import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot, runCli } from './validate-harness.js';

/** An answers file for the bundled default checklist with `n` answers, each written by `answer(i)`. */
function answersFile(dir: string, name: string, n: number, answer: (i: number) => string): string {
  const lines = [
    'format: opsc-audit/answers@1',
    'checklist: { id: sr-practical-approach-2022, version: 1.0.0 }',
    'respondent: { country: Syntheria, organization: Ministry, role: government, date: 2026-11-22 }',
    'answers:',
  ];
  for (let i = 0; i < n; i++) lines.push(answer(i));
  writeFileSync(join(dir, name), `${lines.join('\n')}\n`);
  return name;
}

describe('issue 12 point 13: many diagnostics cost time in proportion to their number', () => {
  const dir = mkdtempSync(join(tmpdir(), 'opsc-many-'));

  it('12.13: 99,000 answers to unknown ids (the schema allows 100,000) are each reported at their line (hang guard only)', async () => {
    const file = answersFile(dir, 'unknown.yaml', 99_000, (i) => `  UNK-X-${i}: { level: none }`);
    const run = await runCli(['validate', '-f', 'json', file], { cwd: dir });
    const report = JSON.parse(run.stdout) as { diagnostics: { code: string; line: number; col: number }[] };
    const unknown = report.diagnostics.filter((d) => d.code === 'unknown-question');
    expect(unknown).toHaveLength(99_000);
    expect(unknown.at(-1)).toMatchObject({ line: 5 + 98_999, col: 3 });
    expect(run.code).toBe(1);
  }, 300_000);

  it('12.13: the built schema validators append errors in place instead of copying them per answer', () => {
    const generated = join(repoRoot, 'dist', 'validate', 'generated');
    for (const name of readdirSync(generated)) {
      expect(readFileSync(join(generated, name), 'utf8')).not.toContain('vErrors.concat(');
    }
    // And the built binary reports every schema error of 20,000 malformed answers (hang guard only).
    const file = answersFile(dir, 'malformed.yaml', 20_000, (i) => `  UNK-X-${i}: { bogus: 1 }`);
    const run = spawnSync(process.execPath, [join(repoRoot, 'dist', 'cli.js'), 'validate', file], {
      cwd: dir,
      encoding: 'utf8',
      timeout: 300_000,
      maxBuffer: 1 << 30,
    });
    expect(run.stdout).toContain('✖ 40000 problems (40000 errors, 0 warnings) in 1 file');
    expect(run.status).toBe(1);
  }, 300_000);
});
