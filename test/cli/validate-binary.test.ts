import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from './validate-harness.js';

const bin = join(repoRoot, 'dist', 'cli.js');
const I = 'test/fixtures/checklists/invalid';

/** Runs the built binary as a user would (`npm test` builds it first); stdout is a pipe, not a terminal. */
function opsc(
  args: string[],
  env: Record<string, string> = {},
): { code: number | null; stdout: string; stderr: string } {
  const run = spawnSync(process.execPath, [bin, ...args], {
    cwd: repoRoot,
    encoding: 'utf8',
    timeout: 20000,
    env: { PATH: process.env.PATH ?? '', ...env },
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('the built binary', () => {
  it('runs as the command `npx opsc-audit` starts it: directly, through its #! line', () => {
    // Executed as a program (not as `node dist/cli.js`): fails with "Permission denied" if the build left it not executable.
    const run = spawnSync(bin, ['list'], { cwd: repoRoot, encoding: 'utf8', timeout: 20000 });
    expect(run.error).toBeUndefined();
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('sr-practical-approach-2022');
  });

  it('validate: 0 for a valid checklist', () => {
    expect(opsc(['validate', 'test/fixtures/checklists/valid/all-kinds.yaml'])).toEqual({
      code: 0,
      stdout: '✔ 1 file checked, no problems\n',
      stderr: '',
    });
  });

  it('validate: 1 and file:line:col lines for a broken checklist, no colour in a pipe', () => {
    const run = opsc(['validate', `${I}/when-forward-reference.yaml`], { FORCE_COLOR: '1' });
    expect(run.stdout).toBe(
      `${I}/when-forward-reference.yaml:23:27 error when-forward-reference the "when" condition refers to Q-2, which comes later; conditions may only use earlier answers\n\n✖ 1 problem (1 error, 0 warnings) in 1 file\n`,
    );
    expect(run.code).toBe(1);
  });

  it('validate -f github: workflow annotations', () => {
    const run = opsc(['validate', '-f', 'github', `${I}/unknown-theme.yaml`]);
    expect(run.stdout).toBe(
      `::error file=${I}/unknown-theme.yaml,line=23,col=26,title=unknown-theme::theme "tourism" is not declared under "themes"\n`,
    );
    expect(run.code).toBe(1);
  });

  it('validate -f sarif: a SARIF log with the same result (the precompiled validators agree with the schemas)', () => {
    const run = opsc(['validate', '-f', 'sarif', `${I}/schema-bad-language-map.yaml`]);
    const sarif = JSON.parse(run.stdout) as {
      runs: { results: { ruleId: string; locations: { physicalLocation: { region: object } }[] }[] }[];
    };
    expect(sarif.runs[0]?.results.map((r) => [r.ruleId, r.locations[0]?.physicalLocation.region])).toEqual([
      ['schema', { startLine: 5, startColumn: 22 }],
    ]);
    expect(run.code).toBe(1);
  });

  it('validate: 2 and one line for a missing file', () => {
    expect(opsc(['validate', 'missing.yaml'])).toEqual({
      code: 2,
      stdout: '',
      stderr: 'opsc-audit: missing.yaml: no such file\n',
    });
  });

  it('usage errors: 2, one line, no stack trace', () => {
    const run = opsc(['validate', '-f', 'xml', 'x.yaml']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^opsc-audit: option '-f, --format <format>' argument 'xml' is invalid/);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });
});
