import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeChecklist, toYaml } from '../../bench/generate.mjs';
import { repoRoot } from './validate-harness.js';

const CLI = join(repoRoot, 'dist', 'cli.js');
const REGISTER = join(repoRoot, 'test', 'helpers', 'module-log', 'register.mjs');

/** Runs the built CLI, returning what it printed and the URLs of every module it loaded. */
function runLogged(args: string[]): { stdout: string; code: number | null; modules: string[] } {
  const dir = mkdtempSync(join(tmpdir(), 'opsc-modules-'));
  const log = join(dir, 'modules.txt');
  writeFileSync(log, '');
  const run = spawnSync(process.execPath, ['--import', REGISTER, CLI, ...args], {
    encoding: 'utf8',
    env: { ...process.env, MODULE_LOG: log, NO_COLOR: '1' },
  });
  return { stdout: run.stdout, code: run.status, modules: readFileSync(log, 'utf8').split('\n') };
}

const yamlParsers = (modules: string[]): string[] =>
  modules.filter((m) =>
    /\/node_modules\/(js-)?yaml\/|\/parse\/(parse-yaml|quick-parse|locate|inspect-tree)\.js$/.test(m),
  );

describe('issue 17: the yaml package loads only when the fast reader declines a file', () => {
  const dir = mkdtempSync(join(tmpdir(), 'opsc-lazy-yaml-'));
  const checklist = makeChecklist(30);
  const broken = structuredClone(checklist);
  const question = broken.sections[1]?.questions[2] as { weight: unknown } | undefined;
  if (!question) throw new Error('no question to break');
  question.weight = 'heavy';

  it('17: validate of a checklist with an error reads it, and positions the error, without the yaml package', () => {
    const file = join(dir, 'broken.yaml');
    const text = toYaml(broken);
    writeFileSync(file, text);
    const run = runLogged(['validate', '-f', 'json', file]);
    const report = JSON.parse(run.stdout) as { diagnostics: { line: number; col: number; code: string }[] };
    const line = text.split('\n').findIndex((l) => /^ +weight: heavy$/.test(l)) + 1;
    expect(report.diagnostics.map((d) => [d.code, d.line, d.col])).toEqual([
      ['weight-out-of-range', line, 17],
    ]);
    expect(run.code).toBe(1);
    expect(run.modules.some((m) => m.endsWith('/parse/fast-read.js'))).toBe(true);
    expect(yamlParsers(run.modules)).toEqual([]);
  });

  it('17: a file the fast reader declines (an alias) loads the yaml package and is still read', () => {
    const file = join(dir, 'alias.yaml');
    writeFileSync(file, toYaml(checklist).replace(/^id: (.*)$/m, 'id: &id $1\nx-copy: *id'));
    const run = runLogged(['validate', file]);
    expect(run.stdout).toContain('x-copy');
    expect(yamlParsers(run.modules).some((m) => m.endsWith('/parse/parse-yaml.js'))).toBe(true);
    expect(yamlParsers(run.modules).some((m) => m.includes('/node_modules/yaml/'))).toBe(true);
  });
});
