import { spawn, spawnSync } from 'node:child_process';
import {
  chownSync,
  copyFileSync,
  linkSync,
  lstatSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  readlinkSync,
  statSync,
  symlinkSync,
  truncateSync,
  writeFileSync,
  chmodSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { main } from '../../src/main.js';
import { fakeIo } from '../helpers/io.js';

const root = join(import.meta.dirname, '..', '..');
const bin = join(root, 'dist', 'cli.js');
const R = join(root, 'test/fixtures/reports');
const C = join(root, 'test/fixtures/compare');

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'opsc-output-'));
  copyFileSync(join(R, 'answers.yaml'), join(dir, 'a.yaml'));
  copyFileSync(join(R, 'checklist.yaml'), join(dir, 'checklist.yaml'));
});

/** Runs opsc-audit in-process in the temporary folder. */
async function run(args: string[]) {
  const io = fakeIo(dir);
  const code = await main(args, io);
  return { code, out: io.out(), err: io.err() };
}

const report = (...more: string[]) => run(['report', 'a.yaml', '--checklist', 'checklist.yaml', ...more]);
const original = () => readFileSync(join(R, 'answers.yaml'), 'utf8');

/** Runs a shell command line with the built binary as $OPSC, in the repository (`npm test` builds it first). */
function sh(line: string) {
  const r = spawnSync('sh', ['-c', line], {
    cwd: root,
    encoding: 'utf8',
    timeout: 30000,
    env: { PATH: process.env.PATH ?? '', OPSC: `${process.execPath} ${bin}`, DIR: dir },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function noStack(text: string): void {
  expect(text).not.toMatch(/\n\s+at |node:events|Unhandled/);
}

describe('issue 12 point 2: -o never names an input', () => {
  it('12.2: report refuses -o naming its answers file (also through a link or a hard link), exit 2', async () => {
    symlinkSync('a.yaml', join(dir, 'link.yaml'));
    linkSync(join(dir, 'a.yaml'), join(dir, 'hard.yaml'));
    for (const out of ['a.yaml', './a.yaml', 'link.yaml', 'hard.yaml', join(dir, 'a.yaml')]) {
      const r = await report('-o', out);
      expect(r.code).toBe(2);
      expect(r.err).toContain(
        `opsc-audit: -o ${out} would overwrite the input file a.yaml; write the output to another file\n`,
      );
      expect(readFileSync(join(dir, 'a.yaml'), 'utf8')).toBe(original());
    }
  });

  it('12.2: report refuses -o naming its checklist or its template; -f json too', async () => {
    writeFileSync(join(dir, 't.md.hbs'), '# {{md title}}\n');
    const template = await report('--template', 't.md.hbs', '-o', 't.md.hbs');
    expect(template.code).toBe(2);
    expect(template.err).toContain('would overwrite the input file t.md.hbs');
    expect(readFileSync(join(dir, 't.md.hbs'), 'utf8')).toBe('# {{md title}}\n');
    const checklist = await report('-f', 'json', '-o', 'checklist.yaml');
    expect(checklist.code).toBe(2);
    expect(readFileSync(join(dir, 'checklist.yaml'), 'utf8')).toBe(
      readFileSync(join(R, 'checklist.yaml'), 'utf8'),
    );
  });

  it('12.2: compare b.yaml b.yaml -o b.yaml and show c.yaml -o c.yaml are refused, exit 2', async () => {
    copyFileSync(join(C, 'gov-2026.yaml'), join(dir, 'b.yaml'));
    copyFileSync(join(C, 'checklist-v1.1.yaml'), join(dir, 'c.yaml'));
    for (const format of ['md', 'html', 'json']) {
      const r = await run([
        'compare',
        'b.yaml',
        'b.yaml',
        '--checklist',
        'c.yaml',
        '-f',
        format,
        '-o',
        'b.yaml',
      ]);
      expect(r.code).toBe(2);
      expect(r.err).toContain('opsc-audit: -o b.yaml would overwrite the input file b.yaml');
    }
    expect(readFileSync(join(dir, 'b.yaml'), 'utf8')).toBe(readFileSync(join(C, 'gov-2026.yaml'), 'utf8'));
    for (const format of ['text', 'md', 'html']) {
      const r = await run(['show', 'c.yaml', '-f', format, '-o', 'c.yaml']);
      expect(r.code).toBe(2);
      expect(r.err).toBe(
        'opsc-audit: -o c.yaml would overwrite the input file c.yaml; write the output to another file\n',
      );
    }
    expect(readFileSync(join(dir, 'c.yaml'), 'utf8')).toBe(
      readFileSync(join(C, 'checklist-v1.1.yaml'), 'utf8'),
    );
  });

  it('12.2: another file is written as before', async () => {
    expect((await report('-o', 'report.md')).code).toBe(0);
    expect(readFileSync(join(dir, 'report.md'), 'utf8')).toMatch(
      /^# Republic of Examplia: Ministry of Justice & Social Affairs — self-assessment against “Report fixture checklist”\n/,
    );
  });
});

describe('issue 12 point 3: -o on links, devices and named pipes', () => {
  it('12.3: -o on a character device writes to the device, which stays a device', async () => {
    spawnSync('mknod', [join(dir, 'null'), 'c', '1', '3']);
    expect(lstatSync(join(dir, 'null')).isCharacterDevice()).toBe(true);
    expect((await report('-o', 'null')).code).toBe(0);
    expect(lstatSync(join(dir, 'null')).isCharacterDevice()).toBe(true);
    expect(readdirSync(dir).sort()).toEqual(['a.yaml', 'checklist.yaml', 'null']);
  });

  it('12.3: a normal user can write -o /dev/null (exit 0, no temporary folder needed in /dev)', () => {
    const r = spawnSync(
      process.execPath,
      [bin, 'report', 'examples/veloria-ngo.answers.yaml', '-o', '/dev/null'],
      {
        cwd: root,
        encoding: 'utf8',
        timeout: 30000,
        uid: 65534, // nobody: the tests run as root
        gid: 65534,
      },
    );
    expect(r.stderr).not.toContain('/dev/null');
    expect(r.status).toBe(0);
    expect(lstatSync('/dev/null').isCharacterDevice()).toBe(true);
  });

  it('12.3: -o on a symbolic link replaces the file it points to and keeps the link', async () => {
    writeFileSync(join(dir, 'real.md'), 'old\n');
    symlinkSync('real.md', join(dir, 'link.md'));
    expect((await report('-o', 'link.md')).code).toBe(0);
    expect(lstatSync(join(dir, 'link.md')).isSymbolicLink()).toBe(true);
    expect(readlinkSync(join(dir, 'link.md'))).toBe('real.md');
    expect(readFileSync(join(dir, 'real.md'), 'utf8')).toMatch(
      /^# Republic of Examplia: Ministry of Justice & Social Affairs — self-assessment against “Report fixture checklist”\n/,
    );
  });

  it('12.3: -o on a link to a missing file is refused, exit 2', async () => {
    symlinkSync('nowhere.md', join(dir, 'dangling.md'));
    const r = await report('-o', 'dangling.md');
    expect(r.code).toBe(2);
    expect(r.err).toContain('dangling.md: is a link to a file that does not exist\n');
    expect(lstatSync(join(dir, 'dangling.md')).isSymbolicLink()).toBe(true);
  });

  it('12.3: -o on a named pipe writes into the pipe (read by another process), which stays a pipe', async () => {
    spawnSync('mkfifo', [join(dir, 'pipe')]);
    const reader = spawn('cat', [join(dir, 'pipe')], { stdio: ['ignore', 'pipe', 'ignore'] });
    let received = '';
    reader.stdout.setEncoding('utf8').on('data', (s: string) => (received += s));
    const done = new Promise((resolve) => reader.on('close', resolve));
    const r = await report('-f', 'html', '-o', 'pipe');
    const guard = setTimeout(() => reader.kill(), 10000); // a reader left waiting must not outlive the test
    await done;
    clearTimeout(guard);
    expect(r.code).toBe(0);
    expect(received).toMatch(/^<!doctype html>/);
    expect(received.trimEnd()).toMatch(/<\/html>$/);
    expect(lstatSync(join(dir, 'pipe')).isFIFO()).toBe(true);
  }, 30000);
});

describe('issue 12 point 5: saving keeps permissions and owner', () => {
  it('12.5: a 0600 report (or 0640, owned by someone else) keeps its mode and owner when replaced', async () => {
    writeFileSync(join(dir, 'private.md'), 'old\n');
    chmodSync(join(dir, 'private.md'), 0o600);
    expect((await report('-o', 'private.md')).code).toBe(0);
    expect(statSync(join(dir, 'private.md')).mode & 0o777).toBe(0o600);
    writeFileSync(join(dir, 'shared.html'), 'old\n');
    chmodSync(join(dir, 'shared.html'), 0o640);
    chownSync(join(dir, 'shared.html'), 1234, 5678); // the tests run as root
    expect((await report('-f', 'html', '-o', 'shared.html')).code).toBe(0);
    const info = statSync(join(dir, 'shared.html'));
    expect([info.mode & 0o777, info.uid, info.gid]).toEqual([0o640, 1234, 5678]);
    expect(readFileSync(join(dir, 'shared.html'), 'utf8')).toMatch(/^<!doctype html>/);
  });
});

describe('issue 12 point 14: write errors on standard output and -o', () => {
  it('12.14: report -f html | head -c 10 ends quietly with exit 0 (closed pipe), no stack trace', () => {
    // The report (about 200 KiB) is larger than a pipe holds, so the writer meets the closed pipe.
    const r = sh(
      '{ $OPSC report examples/veloria-government.answers.yaml -f html; echo "exit $?" >&2; } | head -c 10',
    );
    expect(r.stdout).toBe('<!doctype ');
    noStack(r.stderr);
    expect(r.stderr).toMatch(/\nexit 0\n$/);
  });

  it('12.14: score > /dev/full (text and json) and --version > /dev/full: one line, exit 2', () => {
    for (const args of [
      'score test/fixtures/reports/answers.yaml --checklist test/fixtures/reports/checklist.yaml',
      'score examples/veloria-ngo.answers.yaml -f json',
      '--version',
    ]) {
      const r = sh(`$OPSC ${args} > /dev/full`);
      expect(r.stderr).toBe(
        'opsc-audit: standard output: cannot write: no space left on the device (ENOSPC)\n',
      );
      expect(r.code).toBe(2);
    }
  });

  it('12.14: -o on a full device (a copy of /dev/full): one line, exit 2', () => {
    spawnSync('mknod', [join(dir, 'full'), 'c', '1', '7']);
    const r = sh('$OPSC report examples/veloria-ngo.answers.yaml -o "$DIR/full"');
    expect(r.stderr.split('\n').filter(Boolean).at(-1)).toBe(
      `opsc-audit: ${join(dir, 'full')}: cannot write: no space left on the device (ENOSPC)`,
    );
    expect(lstatSync(join(dir, 'full')).isCharacterDevice()).toBe(true);
    noStack(r.stderr);
    expect(r.code).toBe(2);
  });

  it('12.14: a write error part way (file size limit) leaves the good -o file as it was, and no temporary file', () => {
    writeFileSync(join(dir, 'good.html'), 'the good report\n');
    // ulimit -f 1: writing past 512 bytes fails with EFBIG, as a full disk would part way through.
    const r = sh('ulimit -f 1; $OPSC report examples/veloria-ngo.answers.yaml -f html -o "$DIR/good.html"');
    expect(r.stderr).toContain(
      `opsc-audit: ${join(dir, 'good.html')}: cannot write: file too large (EFBIG)\n`,
    );
    noStack(r.stderr);
    expect(r.code).toBe(2);
    expect(readFileSync(join(dir, 'good.html'), 'utf8')).toBe('the good report\n');
    expect(readdirSync(dir).sort()).toEqual(['a.yaml', 'checklist.yaml', 'good.html']);
  });
});

describe('issue 12 point 16: --template is a regular file, and {{log}} is off', () => {
  it('12.16: --template on a named pipe is refused at once (no reader blocks), exit 2', async () => {
    spawnSync('mkfifo', [join(dir, 'pipe.hbs')]);
    const r = await report('--template', 'pipe.hbs');
    expect(r.code).toBe(2);
    expect(r.err).toContain('opsc-audit: pipe.hbs: not a regular file\n');
  }, 20000);

  it('12.16: --template /dev/urandom is refused without reading it, exit 2', async () => {
    const r = await report('--template', '/dev/urandom');
    expect(r.code).toBe(2);
    expect(r.err).toContain('opsc-audit: /dev/urandom: not a regular file\n');
  }, 20000);

  it('12.16: a template over the 16 MiB limit is refused, exit 2', async () => {
    writeFileSync(join(dir, 'huge.hbs'), '');
    truncateSync(join(dir, 'huge.hbs'), 17 * 1024 * 1024);
    const r = await report('--template', 'huge.hbs');
    expect(r.code).toBe(2);
    expect(r.err).toContain('opsc-audit: huge.hbs: file is 17.0 MiB, over the 16.0 MiB limit\n');
  });

  it('12.16: {{log}} in a template writes nothing to standard output: one line, exit 2', () => {
    writeFileSync(join(dir, 'log.md.hbs'), 'before {{log "LOGGED-TEXT"}} after\n');
    const r = sh(`$OPSC report "$DIR/a.yaml" --checklist "$DIR/checklist.yaml" --template "$DIR/log.md.hbs"`);
    expect(r.stdout).not.toContain('LOGGED-TEXT');
    expect(r.stderr).toContain('log.md.hbs: {{log}} is not available in report templates\n');
    expect(r.code).toBe(2);
  });
});
