import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { LIMITS } from '../../src/parse/limits.js';
import { repoRoot, runCli } from './validate-harness.js';

const dir = mkdtempSync(join(tmpdir(), 'opsc-hostile-'));
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});
const minimal = readFileSync(join(repoRoot, 'test/fixtures/checklists/valid/minimal.yaml'));
const write = (name: string, content: string | Uint8Array): string => {
  writeFileSync(join(dir, name), content);
  return name;
};

/** Runs validate in the scratch folder and checks the answer came quickly, without a stack trace. */
async function validate(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const started = Date.now();
  const run = await runCli(['validate', ...args], { cwd: dir });
  expect(Date.now() - started).toBeLessThan(10000);
  expect(run.stdout + run.stderr).not.toMatch(/\n\s+at \S+ \(|Error:|opsc-audit: internal error/);
  return run;
}

describe('hostile input', () => {
  it('a file over the size limit: file-too-large, exit 1, read no further', async () => {
    const name = write('huge.yaml', Buffer.alloc(LIMITS.maxFileBytes + 1, 0x61));
    const run = await validate(name);
    expect(run.stdout).toMatch(
      /^huge\.yaml:1:1 error file-too-large file is 16\.0 MiB, over the 16\.0 MiB limit$/m,
    );
    expect(run.code).toBe(1);
  });

  it('a binary file (NUL bytes): file-binary, exit 1', async () => {
    const run = await validate(write('binary.yaml', Buffer.from([0x66, 0x6f, 0, 0x72, 0x6d])));
    expect(run.stdout).toMatch(/^binary\.yaml:1:1 error file-binary /m);
    expect(run.code).toBe(1);
  });

  it('a file that is not UTF-8 (Latin-1): file-encoding, exit 1', async () => {
    const run = await validate(write('latin1.yaml', Buffer.from('title: Pr\xe9vention\n', 'latin1')));
    expect(run.stdout).toMatch(/^latin1\.yaml:1:1 error file-encoding file is not valid UTF-8/m);
    expect(run.code).toBe(1);
  });

  it('a UTF-8 BOM is accepted and positions are unchanged', async () => {
    const bom = write('bom.yaml', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), minimal]));
    expect(await validate(bom)).toMatchObject({ code: 0, stdout: '✔ 1 file checked, no problems\n' });
    const broken = write('bom-broken.yaml', `\ufeff${minimal.toString().replace('weight: 3', 'weight: 7')}`);
    const run = await validate(broken);
    expect(run.stdout).toMatch(/^bom-broken\.yaml:28:17 error weight-out-of-range /m);
  });

  it('CRLF line endings: valid, and positions still count lines and columns right', async () => {
    const crlf = minimal.toString().replace(/\n/g, '\r\n');
    expect(await validate(write('crlf.yaml', crlf))).toMatchObject({ code: 0 });
    const run = await validate(write('crlf-broken.yaml', crlf.replace('weight: 3', 'weigth: 3')));
    expect(run.stdout).toMatch(/^crlf-broken\.yaml:28:9 error schema unknown key "weigth"/m);
    expect(run.code).toBe(1);
  });

  it('an empty file, or only blank lines: file-empty, exit 1', async () => {
    write('empty.yaml', '');
    write('blank.yaml', '\n  \n');
    const run = await validate('empty.yaml', 'blank.yaml');
    expect(run.stdout).toContain(
      'blank.yaml:1:1 error file-empty file is empty\nempty.yaml:1:1 error file-empty',
    );
    expect(run.code).toBe(1);
  });

  it('a file of comments only is not an opsc-audit file', async () => {
    const run = await validate(write('comments.yaml', '# nothing here\n'));
    expect(run.stdout).toMatch(/^comments\.yaml:1:1 error unknown-format /m);
  });

  it('a directory given as a file: one line on stderr, nothing on stdout, exit 2', async () => {
    mkdirSync(join(dir, 'folder.yaml'), { recursive: true });
    expect(await validate('folder.yaml')).toEqual({
      code: 2,
      stdout: '',
      stderr: 'opsc-audit: folder.yaml: is a directory, not a file\n',
    });
  });

  it('a missing file among good ones: the good ones are still reported, exit 2', async () => {
    const good = write('good.yaml', minimal);
    const run = await validate('missing.yaml', good);
    expect(run.stderr).toBe('opsc-audit: missing.yaml: no such file\n');
    expect(run.stdout).toBe('✔ 1 file checked, no problems\n');
    expect(run.code).toBe(2);
  });

  it('a deep alias chain that would nest data past the limit: yaml-too-deep at the alias', async () => {
    const nest = (inner: string): string => '['.repeat(40) + inner + ']'.repeat(40);
    const run = await validate(write('alias-deep.yaml', `a: &a ${nest('x')}\nb: ${nest('*a')}\n`));
    expect(run.stdout).toMatch(/^alias-deep\.yaml:2:44 error yaml-too-deep /m);
  });

  it('50 000 aliases of one scalar are rejected quickly', async () => {
    const run = await validate(
      write('aliases.yaml', `a: &a x\nb: [${Array(50000).fill('*a').join(', ')}]\n`),
    );
    expect(run.stdout).toMatch(/^aliases\.yaml:2:\d+ error yaml-alias-limit /m);
  });
});
