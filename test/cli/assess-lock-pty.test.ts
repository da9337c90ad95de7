import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, readFile, readdir, writeFile } from 'node:fs/promises';
import { hostname, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readAnswers } from '../../src/open/read-answers.js';
import { CLI, CTRL_C, drivePty, ENTER } from '../fixtures/interview/drive-pty.js';
import { quote } from '../../src/text/shell-quote.js';
import { SMALL } from '../fixtures/interview/harness.js';

const FIXTURE = resolve(SMALL);
const ARGS = ['assess', FIXTURE, '-o', 'shared.yaml'];

async function validAnswers(path: string) {
  const loaded = await readAnswers(path, { cwd: '/', checklist: FIXTURE });
  if (!loaded.ok) throw new Error(`${loaded.message}: ${JSON.stringify(loaded.diagnostics)}`);
  return loaded.answers;
}

async function until(check: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 300; i++) {
    if (check()) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`timed out waiting for ${what}`);
}

/** The pid of a process that has exited (so a lock naming it is stale). */
async function deadPid(): Promise<number> {
  const child = spawn(process.execPath, ['-e', '']);
  await new Promise((r) => child.on('exit', r));
  if (child.pid === undefined) throw new Error('no pid');
  return child.pid;
}

describe('issue 12 point 1: one interview per answers file (real pseudo-terminal, node dist/cli.js)', () => {
  it('12.1: a second interview on the same file is refused (exit 2, names the lock); the first goes on and removes its lock', async () => {
    const cwd = await mkdtemp(join(tmpdir(), 'assess-lock-'));
    const go = join(cwd, 'go');
    const first = drivePty(
      ARGS,
      cwd,
      [
        { expect: 'Country', send: `Kenya${ENTER}` },
        { expect: 'Organization', waitFor: go, send: `MoJ${ENTER}` },
        { expect: 'Your name', send: CTRL_C },
      ],
      { timeoutMs: 30000 },
    );
    const lock = join(cwd, 'shared.yaml.lock');
    // The lock is created, then written: wait for its whole line, not just the file (a race under load).
    await until(
      () => existsSync(lock) && readFileSync(lock, 'utf8').endsWith('\n'),
      'the first interview to take the lock',
    );
    const holder = JSON.parse(await readFile(lock, 'utf8')) as {
      host: unknown;
      pid: unknown;
      started: unknown;
    };
    expect(holder.host).toBe(hostname());
    expect(Number.isSafeInteger(holder.pid)).toBe(true);
    expect(typeof holder.started).toBe('string');
    expect(Number.isNaN(Date.parse(String(holder.started)))).toBe(false);
    await until(() => existsSync(join(cwd, 'shared.yaml')), 'the first save');

    const second = await drivePty(ARGS, cwd, [{ expect: 'open in another interview' }]);
    expect(second.status).toBe(2);
    expect(second.output).toContain(
      `opsc-audit: shared.yaml is open in another interview (process ${String(holder.pid)} on ${hostname()}`,
    );
    expect(second.output).toContain('delete shared.yaml.lock and try again');
    expect(second.output).not.toContain('Country');

    await writeFile(go, '');
    const done = await first;
    expect(done.stepsSeen).toBe(3);
    expect(done.status).toBe(130);
    expect(done.output).toContain('Interrupted. Your answers are saved in shared.yaml.');
    expect((await validAnswers(join(cwd, 'shared.yaml'))).respondent).toEqual({
      country: 'Kenya',
      organization: 'MoJ',
    });
    expect(existsSync(lock)).toBe(false);
  }, 60000);

  it('12.1: a lock left by a dead interview is offered for takeover; taking it over runs the interview', async () => {
    const cwd = await mkdtemp(join(tmpdir(), 'assess-lock-'));
    const pid = await deadPid();
    const stale = { host: hostname(), pid, started: '2026-01-01T09:00:00.000Z' };
    await writeFile(join(cwd, 'shared.yaml.lock'), JSON.stringify(stale));
    const run = await drivePty(ARGS, cwd, [
      {
        expect: `shared.yaml.lock was left by an interview that is no longer running \\(process ${pid}`,
        send: `y${ENTER}`,
      },
      { expect: 'Country', send: CTRL_C },
    ]);
    expect(run.stepsSeen).toBe(2);
    expect(run.status).toBe(130);
    expect(run.output).toContain('Interrupted. Your answers are saved in shared.yaml.');
    expect(existsSync(join(cwd, 'shared.yaml.lock'))).toBe(false);
  }, 30000);

  it('12.1: the file edited on disk under a running interview is not overwritten: ours goes beside it, exit 2', async () => {
    const cwd = await mkdtemp(join(tmpdir(), 'assess-conflict-'));
    const path = join(cwd, 'shared.yaml');
    const theirs =
      'format: opsc-audit/answers@1\nchecklist: { id: interview-small, version: 1.0.0 }\n' +
      'respondent: { country: Ghana }\nanswers: {}\n';
    const run = await drivePty(ARGS, cwd, [
      { expect: 'Country', send: `Kenya${ENTER}` },
      { expect: 'Organization', write: { path, text: theirs }, send: `MoJ${ENTER}` },
      { expect: 'Yours: ' },
    ]);
    expect(run.status).toBe(2);
    expect(await readFile(path, 'utf8')).toBe(theirs);
    const conflict = (await readdir(cwd)).filter((f) => f.startsWith('shared.conflict-'));
    expect(conflict).toHaveLength(1);
    const name = conflict[0] ?? '';
    expect(name).toMatch(/^shared\.conflict-\d{8}T\d{6}Z\.yaml$/);
    expect((await validAnswers(join(cwd, name))).respondent).toEqual({
      country: 'Kenya',
      organization: 'MoJ',
    });
    const text = run.output.replace(/\s*\r?\n\s*/g, ' ');
    expect(text).toContain('shared.yaml was changed on disk at');
    expect(text).toContain(`nothing was overwritten. Their version: shared.yaml. Yours: ${name}.`);
    expect(existsSync(join(cwd, 'shared.yaml.lock'))).toBe(false);
  }, 30000);
});

describe('issue 12 point 6: a signal between prompts (real pseudo-terminal)', () => {
  it('12.6: SIGINT right after an answer (while it is saved) prints where the answers are and exits 130', async () => {
    const cwd = await mkdtemp(join(tmpdir(), 'assess-sigint-'));
    const run = await drivePty(
      ARGS,
      cwd,
      [{ expect: 'Country', send: `Kenya${ENTER}`, signal: 'SIGINT' }, { expect: 'Interrupted' }],
      { env: { PATH: '/nonexistent' } },
    );
    expect(run.status).toBe(130);
    expect(run.output).toContain(
      `Interrupted. Your answers are saved in shared.yaml. Resume with:\r\n    node ${quote(CLI)} assess ${FIXTURE} -o shared.yaml`,
    );
    await validAnswers(join(cwd, 'shared.yaml'));
    expect(existsSync(join(cwd, 'shared.yaml.lock'))).toBe(false);
  }, 30000);

  it('12.6: SIGTERM likewise saves, says where, removes the lock, exits 130', async () => {
    const cwd = await mkdtemp(join(tmpdir(), 'assess-sigterm-'));
    const run = await drivePty(ARGS, cwd, [
      { expect: 'Country', send: `Kenya${ENTER}` },
      { expect: 'Organization', signal: 'SIGTERM' },
      { expect: 'Interrupted' },
    ]);
    expect(run.status).toBe(130);
    expect(run.output).toContain('Interrupted (SIGTERM). Your answers are saved in shared.yaml.');
    expect((await validAnswers(join(cwd, 'shared.yaml'))).respondent).toEqual({ country: 'Kenya' });
    expect(existsSync(join(cwd, 'shared.yaml.lock'))).toBe(false);
  }, 30000);
});
