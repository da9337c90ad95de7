import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../src/main.js';
import { validateAtStart, validateCleanChecklists } from '../../src/commands/validate-clean.js';
import type { Io } from '../../src/model/io.js';
import { repoRoot } from './validate-harness.js';

// `validate` of checklists the build found clean is answered by commands/validate-clean.ts before the command-line
// parser loads (src/cli.ts). It must write exactly what the full command writes, or nothing (and leave the run to
// the full command). `npm test` builds first, so dist/clean-cache holds the bundled checklists.
const bundled = [
  'checklists/sr-care-recovery-reintegration-2015.yaml',
  'checklists/sr-practical-approach-2022.yaml',
  'checklists/sr-protection-systems-2013.yaml',
  'checklists/sr-remaining-challenges-2016.yaml',
];
const program = join(repoRoot, 'dist', 'cli.js');
const scratch = mkdtempSync(join(tmpdir(), 'opsc-validate-clean-'));
afterAll(() => {
  rmSync(scratch, { recursive: true, force: true });
});

interface Run {
  code: number | undefined;
  stdout: string;
  stderr: string;
}

/** The io of an in-process run, as the bin makes it (the program named by its path), writing into `run`. */
function io(run: Run, tty: boolean, env: Record<string, string>): Io {
  return {
    stdout: { write: (s: string) => (run.stdout += s), isTTY: tty },
    stderr: { write: (s: string) => (run.stderr += s) },
    stdin: new PassThrough(),
    env: { PATH: process.env.PATH ?? '', ...env },
    cwd: repoRoot,
    program,
  };
}

async function quick(args: string[], tty = false, env: Record<string, string> = {}): Promise<Run> {
  const run: Run = { code: undefined, stdout: '', stderr: '' };
  run.code = await validateCleanChecklists(args, io(run, tty, env));
  return run;
}

async function full(args: string[], tty = false, env: Record<string, string> = {}): Promise<Run> {
  const run: Run = { code: undefined, stdout: '', stderr: '' };
  run.code = await main(args, io(run, tty, env));
  return run;
}

describe('validate of clean bundled checklists, answered at start-up', () => {
  const answered: [string, string[], boolean, Record<string, string>][] = [
    ['all four', ['validate', ...bundled], false, {}],
    ['all four, on a terminal', ['validate', ...bundled], true, {}],
    ['all four, on a terminal with NO_COLOR', ['validate', ...bundled], true, { NO_COLOR: '1' }],
    ['one', ['validate', 'checklists/sr-protection-systems-2013.yaml'], false, {}],
    [
      'one with its translations beside it',
      ['validate', 'checklists/sr-practical-approach-2022.yaml'],
      false,
      {},
    ],
    [
      'in reverse order, one named twice',
      ['validate', ...[...bundled].reverse(), bundled[0] ?? ''],
      false,
      {},
    ],
    ['a glob', ['validate', 'checklists/sr-p*-20??.yaml'], false, {}],
    ['--lang fr', ['validate', ...bundled, '--lang', 'fr'], false, {}],
    ['--lang=es before the command', ['--lang=es', 'validate', ...bundled], true, {}],
    ['--lang ar', ['--lang', 'ar', 'validate', ...bundled], false, {}],
    ['OPSC_LANG=fr', ['validate', ...bundled], true, { OPSC_LANG: 'fr' }],
    ['a French locale', ['validate', ...bundled], false, { LANG: 'fr_FR.UTF-8' }],
  ];

  it.each(answered)('%s: the same output and exit code as the full command', async (_, args, tty, env) => {
    const fast = await quick(args, tty, env);
    expect(fast.code).toBe(0);
    expect(fast).toEqual(await full(args, tty, env));
  });

  it('a copy of a bundled checklist elsewhere: answered, and the same', async () => {
    const copy = join(scratch, 'copy.yaml');
    copyFileSync(join(repoRoot, bundled[1] ?? ''), copy);
    const fast = await quick(['validate', copy]);
    expect(fast.code).toBe(0);
    expect(fast).toEqual(await full(['validate', copy]));
  });

  const edited = join(scratch, 'edited.yaml');
  writeFileSync(edited, `# edited\n${readFileSync(join(repoRoot, bundled[0] ?? ''), 'utf8')}`);
  const declined: [string, string[], Record<string, string>][] = [
    ['a translation file', ['validate', 'checklists/sr-practical-approach-2022.fr.yaml', ...bundled], {}],
    ['an edited checklist', ['validate', ...bundled, edited], {}],
    ['a missing file', ['validate', bundled[0] ?? '', 'checklists/no-such-file.yaml'], {}],
    ['an answers file', ['validate', bundled[1] ?? '', 'examples/veloria-government.answers.yaml'], {}],
    ['a glob matching nothing', ['validate', 'checklists/none-*.yaml'], {}],
    ['--strict', ['validate', '--strict', ...bundled], {}],
    ['-f json', ['validate', '-f', 'json', ...bundled], {}],
    ['--checklist', ['validate', '--checklist', 'sr-practical-approach-2022', ...bundled], {}],
    ['--debug', ['--debug', 'validate', ...bundled], {}],
    ['--help', ['validate', '--help'], {}],
    ['--', ['validate', '--', ...bundled], {}],
    ['an unknown --lang', ['validate', ...bundled, '--lang', 'de'], {}],
    ['an unknown OPSC_LANG', ['validate', ...bundled], { OPSC_LANG: 'xx' }],
    ['--lang twice', ['validate', ...bundled, '--lang', 'fr', '--lang', 'es'], {}],
    ['no file', ['validate'], {}],
    ['another command', ['show', 'sr-practical-approach-2022', 'validate'], {}],
  ];

  it.each(declined)('%s: left to the full command, with nothing written', async (_, args, env) => {
    expect(await quick(args, false, env)).toEqual({ code: undefined, stdout: '', stderr: '' });
  });

  it.each([
    ['all four', ['validate', ...bundled]],
    ['--lang ar', ['validate', ...bundled, '--lang', 'ar']],
    ['an edited checklist', ['validate', ...bundled, edited]],
    ['a missing file', ['validate', bundled[0] ?? '', 'checklists/no-such-file.yaml']],
  ])('the built CLI (%s) writes what the full command writes', async (_, args) => {
    const env = { PATH: process.env.PATH ?? '' };
    const built = spawnSync(process.execPath, [program, ...args], { cwd: repoRoot, encoding: 'utf8', env });
    const expected = await full(args);
    expect({ code: built.status, stdout: built.stdout, stderr: built.stderr }).toEqual(expected);
  });
});

describe('validate of other files at start-up, without the command-line parser', () => {
  const edited = join(scratch, 'edited-at-start.yaml');
  writeFileSync(edited, `# edited\n${readFileSync(join(repoRoot, bundled[0] ?? ''), 'utf8')}`);
  const checked: [string, string[], boolean, Record<string, string>][] = [
    ['an edited checklist', ['validate', edited], false, {}],
    ['an edited checklist, on a terminal, in French', ['validate', edited, '--lang', 'fr'], true, {}],
    [
      'an answers file with its bundled checklist',
      ['validate', 'examples/veloria-government.answers.yaml'],
      false,
      {},
    ],
    [
      'a translation file',
      ['validate', 'checklists/sr-practical-approach-2022.fr.yaml', ...bundled],
      false,
      {},
    ],
    ['a checklist with errors', ['validate', 'test/fixtures/checklists/invalid/band-order.yaml'], false, {}],
    ['a missing file', ['validate', bundled[0] ?? '', 'checklists/no-such-file.yaml'], false, {}],
    ['a glob matching nothing', ['validate', 'checklists/none-*.yaml'], false, {}],
    ['a French locale', ['validate', edited], false, { LANG: 'fr_FR.UTF-8' }],
  ];

  it.each(checked)('%s: the same output and exit code as the full command', async (_, args, tty, env) => {
    const run: Run = { code: undefined, stdout: '', stderr: '' };
    run.code = await validateAtStart(args, io(run, tty, env));
    expect(run.code).toBeDefined();
    expect(run).toEqual(await full(args, tty, env));
  });

  it.each([
    ['--strict', ['validate', '--strict', edited]],
    ['-f json', ['validate', '-f', 'json', edited]],
    ['an unknown --lang', ['validate', edited, '--lang', 'de']],
    ['--debug', ['--debug', 'validate', edited]],
  ])('%s: left to the full command, with nothing written', async (_, args) => {
    const run: Run = { code: undefined, stdout: '', stderr: '' };
    run.code = await validateAtStart(args, io(run, false, {}));
    expect(run).toEqual({ code: undefined, stdout: '', stderr: '' });
  });

  it.each([
    ['an answers file', ['validate', 'examples/veloria-government.answers.yaml']],
    ['a checklist with errors', ['validate', 'test/fixtures/checklists/invalid/band-order.yaml']],
    ['a glob matching nothing', ['validate', 'checklists/none-*.yaml']],
  ])('the built CLI (%s) writes what the full command writes', async (_, args) => {
    const env = { PATH: process.env.PATH ?? '' };
    const built = spawnSync(process.execPath, [program, ...args], { cwd: repoRoot, encoding: 'utf8', env });
    const expected = await full(args);
    expect({ code: built.status, stdout: built.stdout, stderr: built.stderr }).toEqual(expected);
  });
});
