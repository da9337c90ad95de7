import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
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

// The CLI is one bundle: which chunk holds which source module or package is in esbuild's metafile.
const meta = JSON.parse(readFileSync(join(repoRoot, 'dist', 'bundle-meta.json'), 'utf8')) as {
  outputs: Record<string, { inputs?: Record<string, unknown> }>;
};

/** The bundle files (relative to the package root) holding an input whose path matches. */
function chunksHolding(input: RegExp): string[] {
  return Object.entries(meta.outputs)
    .filter(([, o]) => Object.keys(o.inputs ?? {}).some((i) => input.test(i)))
    .map(([file]) => file);
}

/** The bundle files a run loaded, relative to the package root. */
function loadedFiles(modules: string[]): string[] {
  return modules
    .filter((m) => m.startsWith('file:'))
    .map((m) => relative(repoRoot, fileURLToPath(m)).split(sep).join('/'));
}

const YAML_PACKAGE = /node_modules\/yaml\//;
const JS_YAML = /node_modules\/js-yaml\//;
const FAST_READER = /src\/parse\/fast-read\.ts$/;
const SLOW_TIERS = /src\/parse\/(parse-yaml|quick-parse|locate|inspect-tree)\.ts$/;

/** Whether a run loaded the chunk(s) holding an input; fails if no chunk holds it. */
function loadedInput(modules: string[], input: RegExp): boolean {
  const chunks = chunksHolding(input);
  expect(chunks.length, String(input)).toBeGreaterThan(0);
  const loaded = loadedFiles(modules);
  return chunks.some((c) => loaded.includes(c));
}

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
    expect(loadedInput(run.modules, FAST_READER)).toBe(true);
    for (const slow of [YAML_PACKAGE, JS_YAML, SLOW_TIERS])
      expect(loadedInput(run.modules, slow)).toBe(false);
  });

  it('17: a file the fast reader declines (an alias) loads the yaml package and is still read', () => {
    const file = join(dir, 'alias.yaml');
    writeFileSync(file, toYaml(checklist).replace(/^id: (.*)$/m, 'id: &id $1\nx-copy: *id'));
    const run = runLogged(['validate', file]);
    expect(run.stdout).toContain('x-copy');
    expect(loadedInput(run.modules, SLOW_TIERS)).toBe(true);
    expect(loadedInput(run.modules, YAML_PACKAGE)).toBe(true);
  });
});
