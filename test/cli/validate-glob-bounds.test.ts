import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GLOB_LIMITS } from '../../src/commands/expand-globs.js';
import { runCli } from './validate-harness.js';

const CHECKLIST = 'format: opsc-audit/answers@1\n';

describe('issue 12 point 16: glob patterns are bounded', () => {
  const dir = mkdtempSync(join(tmpdir(), 'opsc-glob-'));
  writeFileSync(join(dir, `${'a'.repeat(60)}.yaml`), CHECKLIST);
  writeFileSync(join(dir, 'b.yaml'), CHECKLIST);
  mkdirSync(join(dir, 'sub'));
  writeFileSync(join(dir, 'sub', 'c.yaml'), CHECKLIST);

  it('12.16: a pattern whose matching backtracks for minutes is refused at once: one line, exit 2', async () => {
    // Twelve stars in one file name against a 60-character name: minutes of regular-expression backtracking.
    const pattern = `${'*a'.repeat(12)}b.yaml`;
    const run = await runCli(['validate', pattern], { cwd: dir });
    expect(run.stderr).toBe(
      `opsc-audit: pattern "${pattern}" has more than 3 wildcards (* ? or groups) in one part of the path "${pattern}"\n`,
    );
    expect(run.stdout).toBe('');
    expect(run.code).toBe(2);
  }, 60_000);

  it.each([
    [`${'{a,'.repeat(30)}b${'}'.repeat(30)}.yaml`, 'nests braces deeper than 2 levels'],
    ['+(a|+(b|+(c)))*.yaml', 'nests groups inside groups; use one level of ( )'],
    [`${'{a,b}'.repeat(11)}.yaml`, 'has more than 10 brace groups'],
    [`${'x/'.repeat(600)}*.yaml`, 'is longer than 1000 characters'],
  ])('12.16: %s is refused: %s', async (pattern, reason) => {
    const run = await runCli(['validate', pattern], { cwd: dir });
    const [line, ...rest] = run.stderr.split('\n');
    expect(line?.startsWith(`opsc-audit: pattern "${pattern.slice(0, 100)}`)).toBe(true);
    expect(line?.endsWith(`" ${reason}`)).toBe(true);
    expect(rest).toEqual(['']);
    expect(run.code).toBe(2);
  });

  it('12.16: ordinary patterns still match', async () => {
    const run = await runCli(['validate', '-f', 'json', '*.yaml', '**/c.yaml', '{b,x}.yaml'], { cwd: dir });
    const report = JSON.parse(run.stdout) as { files: { file: string }[] };
    expect(report.files.map((f) => f.file)).toEqual([`${'a'.repeat(60)}.yaml`, 'b.yaml', 'sub/c.yaml']);
  });

  it('12.16: a pattern matching more files than the limit is refused', async () => {
    const many = join(dir, 'many');
    mkdirSync(many);
    for (let i = 0; i <= GLOB_LIMITS.maxMatches; i++) writeFileSync(join(many, `${i}.yaml`), '');
    const run = await runCli(['validate', 'many/*.yaml'], { cwd: dir });
    expect(run.stderr).toBe('opsc-audit: pattern "many/*.yaml" matches more than 10,000 files; narrow it\n');
    expect(run.code).toBe(2);
  }, 60_000);
});
