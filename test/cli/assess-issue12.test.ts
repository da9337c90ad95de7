import { readFileSync, writeFileSync } from 'node:fs';
import { mkdtemp, readFile, readdir, writeFile } from 'node:fs/promises';
import { hostname, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { PassThrough, Readable, Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { runAssess } from '../../src/commands/assess.js';
import { main } from '../../src/main.js';
import { InputError, InterruptedError } from '../../src/errors.js';
import { readAnswers } from '../../src/open/read-answers.js';
import { questionDigest } from '../../src/model/digest.js';
import type { Io } from '../../src/model/io.js';
import { ScriptedPrompter, type Step } from '../fixtures/interview/scripted-prompter.js';
import { loadIndex, NOW, pick, RESPONDENT, SMALL } from '../fixtures/interview/harness.js';

const FIXTURE = resolve(SMALL);

function fakeIo(cwd: string): Io & { out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return {
    out,
    err,
    cwd,
    env: {},
    stdin: Object.assign(Readable.from([]), { isTTY: true }),
    stdout: { write: (s: string) => out.push(s) },
    stderr: { write: (s: string) => err.push(s) },
  };
}

interface RunOptions {
  cwd?: string;
  output?: string;
  ref?: string;
  onPrompt?: (message: string) => void;
  interrupt?: AbortSignal;
}

async function run(steps: Step[], options: RunOptions = {}) {
  const cwd = options.cwd ?? (await mkdtemp(join(tmpdir(), 'assess-12-')));
  const prompter = new ScriptedPrompter(steps, options.onPrompt);
  const io = fakeIo(cwd);
  let error: unknown;
  let code: number | undefined;
  try {
    code = await runAssess(options.ref ?? FIXTURE, { output: options.output ?? 'a.yaml' }, io, {
      prompter,
      now: () => NOW,
      ...(options.interrupt ? { interrupt: options.interrupt } : {}),
    });
  } catch (e) {
    error = e;
  }
  return { cwd, prompter, io, error, code, printed: prompter.printed.join('\n'), files: await readdir(cwd) };
}

async function savedAnswers(path: string, checklist = FIXTURE) {
  const loaded = await readAnswers(path, { cwd: '/', checklist });
  if (!loaded.ok) throw new Error(`${loaded.message}: ${JSON.stringify(loaded.diagnostics)}`);
  return loaded.answers;
}

describe('issue 12 point 1: lock and write-conflict check (in-process)', () => {
  it('12.1: a lock held by a running process is refused in one line naming the lock; nothing is asked or written', async () => {
    const cwd = await mkdtemp(join(tmpdir(), 'assess-12-'));
    const lock = JSON.stringify({ host: hostname(), pid: process.pid, started: '2026-01-02T11:00:00.000Z' });
    await writeFile(join(cwd, 'a.yaml.lock'), lock);
    const { error, files } = await run([], { cwd });
    expect(error).toBeInstanceOf(InputError);
    expect((error as Error).message).toBe(
      `a.yaml is open in another interview (process ${process.pid} on ${hostname()}, started 2026-01-02T11:00:00.000Z); ` +
        'finish that interview first, or if no interview is using a.yaml, delete a.yaml.lock and try again',
    );
    expect(files).toEqual(['a.yaml.lock']);
    expect(await readFile(join(cwd, 'a.yaml.lock'), 'utf8')).toBe(lock);
  });

  it('12.1: a stale lock whose takeover is declined is left alone and refused (exit 2)', async () => {
    const cwd = await mkdtemp(join(tmpdir(), 'assess-12-'));
    const lock = JSON.stringify({ host: hostname(), pid: 2 ** 22 + 17, started: '2026-01-01T09:00:00.000Z' });
    await writeFile(join(cwd, 'a.yaml.lock'), lock);
    const { error, files } = await run(
      [{ confirm: 'was left by an interview that is no longer running', answer: false }],
      {
        cwd,
      },
    );
    expect(error).toBeInstanceOf(InputError);
    expect((error as Error).message).toContain('delete a.yaml.lock and try again');
    expect(files).toEqual(['a.yaml.lock']);
  });

  it('12.1: the lock names host, process and start time while the interview runs, and is removed at the end', async () => {
    const cwd = await mkdtemp(join(tmpdir(), 'assess-12-'));
    let seen: unknown;
    const { code, files } = await run([...RESPONDENT, { select: '(LAW-01)', pick: 'quit' }], {
      cwd,
      onPrompt: (message) => {
        if (message.includes('Country')) seen = JSON.parse(readFileSync(join(cwd, 'a.yaml.lock'), 'utf8'));
      },
    });
    expect(code).toBe(0);
    expect(seen).toEqual({ host: hostname(), pid: process.pid, started: NOW.toISOString() });
    expect(files).toEqual(['a.yaml']);
    expect((await savedAnswers(join(cwd, 'a.yaml'))).respondent.country).toBe('Kenya');
  });

  it('12.1: an edit to the file under the interview stops it: theirs untouched, ours beside it, both named', async () => {
    const cwd = await mkdtemp(join(tmpdir(), 'assess-12-'));
    const theirs =
      'format: opsc-audit/answers@1\nchecklist: { id: interview-small, version: 1.0.0 }\n' +
      'respondent: { country: Ghana }\nanswers: {}\n';
    const { error, files } = await run([...RESPONDENT, { select: '(LAW-01)', pick: 'a:partial' }], {
      cwd,
      onPrompt: (message) => {
        // Someone else saves the file while the respondent is looking at LAW-01.
        if (message.includes('(LAW-01)')) writeFileSync(join(cwd, 'a.yaml'), theirs);
      },
    });
    expect(error).toBeInstanceOf(InputError);
    const message = (error as Error).message;
    expect(message).toMatch(
      /^a\.yaml was changed on disk at \S+ by another program or person while this interview had it open; nothing was overwritten\. Their version: a\.yaml\. Yours: a\.conflict-20260102T120000Z\.yaml\./,
    );
    expect(message).toContain('opsc-audit compare a.yaml a.conflict-20260102T120000Z.yaml');
    expect(await readFile(join(cwd, 'a.yaml'), 'utf8')).toBe(theirs);
    const ours = await savedAnswers(join(cwd, 'a.conflict-20260102T120000Z.yaml'));
    expect(ours.respondent.country).toBe('Kenya');
    expect(ours.answers['LAW-01']).toMatchObject({ level: 'partial' });
    expect(files.sort()).toEqual(['a.conflict-20260102T120000Z.yaml', 'a.yaml']);
  });

  it('12.1: the save on Ctrl-C does not clobber an edit made meanwhile', async () => {
    const cwd = await mkdtemp(join(tmpdir(), 'assess-12-'));
    const theirs =
      'format: opsc-audit/answers@1\nchecklist: { id: interview-small, version: 1.0.0 }\n' +
      'respondent: { country: Ghana, organization: Other ministry }\nanswers: {}\n';
    const { error, files } = await run([RESPONDENT[0] as Step, { cancel: 'input', at: 'Organization' }], {
      cwd,
      onPrompt: (message) => {
        if (message.includes('Organization')) writeFileSync(join(cwd, 'a.yaml'), theirs);
      },
    });
    expect(error).toBeInstanceOf(InputError);
    expect(error).not.toBeInstanceOf(InterruptedError);
    expect((error as Error).message).toContain('Yours: a.conflict-20260102T120000Z.yaml.');
    expect(await readFile(join(cwd, 'a.yaml'), 'utf8')).toBe(theirs);
    expect((await savedAnswers(join(cwd, 'a.conflict-20260102T120000Z.yaml'))).respondent).toEqual({
      country: 'Kenya',
    });
    expect(files.sort()).toEqual(['a.conflict-20260102T120000Z.yaml', 'a.yaml']);
  });

  it('12.1: the same bytes written back (a touch) is not a conflict', async () => {
    const cwd = await mkdtemp(join(tmpdir(), 'assess-12-'));
    const { code } = await run(
      [...RESPONDENT, ...pick('LAW-01', 'partial'), { select: '(HOT-01)', pick: 'quit' }],
      {
        cwd,
        onPrompt: (message) => {
          if (message.includes('(LAW-01)')) {
            const path = join(cwd, 'a.yaml');
            writeFileSync(path, readFileSync(path));
          }
        },
      },
    );
    expect(code).toBe(0);
    expect((await savedAnswers(join(cwd, 'a.yaml'))).answers['LAW-01']).toMatchObject({ level: 'partial' });
  });
});

describe('issue 12 point 4: every backup is kept', () => {
  async function digests() {
    const index = await loadIndex();
    return (id: string) => {
      const q = index.byId.get(id);
      if (!q) throw new Error(id);
      return questionDigest(q);
    };
  }

  it('12.4: a second checklist change keeps the first backup and names the new one', async () => {
    const cwd = await mkdtemp(join(tmpdir(), 'assess-12-'));
    const digest = await digests();
    const original = [
      'format: opsc-audit/answers@1',
      'checklist: { id: interview-small, version: 1.0.0, digest: "sha256:' + '0'.repeat(64) + '" }',
      'respondent: { country: Kenya, organization: MoJ, role: ngo, date: 2026-01-01 }',
      'answers:',
      `  LAW-01: { level: partial, digest: ${digest('LAW-01')}, answered: 2026-01-01T10:00:00Z }`,
      `  HOT-01: { value: false, digest: ${digest('HOT-01')}, answered: 2026-01-01T10:00:00Z }`,
      `  DAT-01: { value: 5, digest: ${digest('DAT-01')}, answered: 2026-01-01T10:00:00Z }`,
      `  DAT-02: { value: Statistics office, digest: ${digest('DAT-02')}, answered: 2026-01-01T10:00:00Z }`,
      '',
    ].join('\n');
    await writeFile(join(cwd, 'a.yaml'), original);
    const text = await readFile(FIXTURE, 'utf8');
    // Version 1.1.0 drops DAT-02; version 1.2.0 drops DAT-01 too (the whole Data section).
    await writeFile(
      join(cwd, 'v11.yaml'),
      text.replace('version: 1.0.0', 'version: 1.1.0').replace(/\n {6}- id: DAT-02\n(.*\n)*$/, '\n'),
    );
    await writeFile(
      join(cwd, 'v12.yaml'),
      text.replace('version: 1.0.0', 'version: 1.2.0').replace(/\n {2}- id: protection-data\n(.*\n)*$/, '\n'),
    );
    const keepAndQuit: Step[] = [
      { select: 'How do you want to go on?', pick: 'keep' },
      { select: '(REP-01)', pick: 'quit' },
    ];
    const first = await run(keepAndQuit, { cwd, ref: 'v11.yaml' });
    expect(first.code).toBe(0);
    expect(first.printed).toContain('a copy of the file as it is now is kept in a.yaml.bak.');
    expect(first.printed).toContain('A copy of a.yaml as it was is kept in a.yaml.bak.');
    const afterFirst = await readFile(join(cwd, 'a.yaml'), 'utf8');

    const second = await run(keepAndQuit, { cwd, ref: 'v12.yaml' });
    expect(second.code).toBe(0);
    expect(second.printed).toContain('a copy of the file as it is now is kept in a.yaml.bak.2.');
    expect(second.printed).toContain('A copy of a.yaml as it was is kept in a.yaml.bak.2.');
    expect(await readFile(join(cwd, 'a.yaml.bak'), 'utf8')).toBe(original);
    expect(await readFile(join(cwd, 'a.yaml.bak.2'), 'utf8')).toBe(afterFirst);
    // Every answer ever given is still in some file.
    expect(original).toContain('DAT-02: { value: Statistics office');
    expect(afterFirst).toContain('DAT-01:');
    const now = parse(await readFile(join(cwd, 'a.yaml'), 'utf8')) as { answers: Record<string, unknown> };
    expect(Object.keys(now.answers)).toEqual(['LAW-01', 'HOT-01', 'HOT-02']);
  });
});

describe('issue 12 point 6: every exit path says where the answers are', () => {
  it('12.6: an interrupt between prompts (while saving) lets the save finish, asks nothing more, exits 130', async () => {
    const stop = new AbortController();
    const { error, cwd, prompter } = await run(
      [
        ...RESPONDENT,
        { select: '(LAW-01)', pick: 'a:partial' },
        { input: 'Notes', type: 'typed before Ctrl-C' },
      ],
      {
        interrupt: stop.signal,
        onPrompt: (message) => {
          // The signal arrives while the notes just typed are being handled, before the next prompt.
          if (message.includes('Notes')) stop.abort('SIGINT');
        },
      },
    );
    prompter.assertDone();
    expect(error).toBeInstanceOf(InterruptedError);
    expect((error as Error).message).toBe(
      `Interrupted. Your answers are saved in a.yaml. Resume with:\n\topsc-audit assess ${FIXTURE} -o a.yaml`,
    );
    expect((await savedAnswers(join(cwd, 'a.yaml'))).answers['LAW-01']).toMatchObject({
      level: 'partial',
      notes: 'typed before Ctrl-C',
    });
    expect(await readdir(cwd)).toEqual(['a.yaml']);
  });

  it('12.6: end of input on the terminal saves, says where, exits 130 (it used to wait forever)', async () => {
    const cwd = await mkdtemp(join(tmpdir(), 'assess-12-'));
    const stdin = Object.assign(new PassThrough(), { isTTY: true });
    stdin.end();
    let err = '';
    const io: Io = {
      cwd,
      env: {},
      stdin,
      stdout: new Writable({
        write: (_c, _e, done) => {
          done();
        },
      }),
      stderr: { write: (s: string) => (err += s) },
    };
    const code = await Promise.race([
      main(['assess', FIXTURE, '-o', 'a.yaml'], io),
      new Promise((r) => {
        setTimeout(() => {
          r('still waiting after 10 s');
        }, 10000);
      }),
    ]);
    expect(code).toBe(130);
    expect(err).toBe(
      `Interrupted (end of input). Your answers are saved in a.yaml. Resume with:\n    opsc-audit assess ${FIXTURE} -o a.yaml\n`,
    );
    expect(await readdir(cwd)).toEqual(['a.yaml']);
  }, 20000);

  it('12.6: an error in the middle of the interview names the file holding the answers saved so far', async () => {
    // The script ends at HOT-01: the prompter throws, as any unexpected failure would.
    const { error, io, cwd } = await run([...RESPONDENT, ...pick('LAW-01', 'partial')]);
    expect(error).toBeInstanceOf(Error);
    expect(io.err.join('')).toBe(
      `Every answer confirmed before this is saved in a.yaml. Resume with: opsc-audit assess ${FIXTURE} -o a.yaml\n`,
    );
    expect((await savedAnswers(join(cwd, 'a.yaml'))).answers['LAW-01']).toMatchObject({ level: 'partial' });
    expect(await readdir(cwd)).toEqual(['a.yaml']);
  });

  it('12.6: Ctrl-C at the checklist-changed question names the file it left unchanged', async () => {
    const cwd = await mkdtemp(join(tmpdir(), 'assess-12-'));
    const answers =
      'format: opsc-audit/answers@1\nchecklist: { id: interview-small, version: 0.9.0 }\n' +
      'respondent: {}\nanswers:\n  LAW-01: { level: partial }\n';
    await writeFile(join(cwd, 'a.yaml'), answers);
    const { error } = await run([{ cancel: 'select', at: 'How do you want to go on?' }], { cwd });
    expect(error).toBeInstanceOf(InterruptedError);
    expect((error as Error).message).toBe('Interrupted; a.yaml was not changed.');
    expect(await readFile(join(cwd, 'a.yaml'), 'utf8')).toBe(answers);
  });
});

describe('issue 12 point 18: a typo in a hand-edited answers file', () => {
  async function assessOn(text: string) {
    const cwd = await mkdtemp(join(tmpdir(), 'assess-12-'));
    await writeFile(join(cwd, 'a.yaml'), text);
    const io = fakeIo(cwd);
    const code = await main(['assess', FIXTURE, '-o', 'a.yaml'], io);
    return { code, err: io.err.join(''), after: await readFile(join(cwd, 'a.yaml'), 'utf8'), cwd };
  }

  it('12.18: a YAML syntax error is shown at file:line:col with how to fix it, never "choose another file"', async () => {
    const text =
      'format: opsc-audit/answers@1\nchecklist: { id: interview-small, version: 1.0.0 }\n' +
      'respondent: { country: Kenya }\nanswers:\n  LAW-01:\n    level partial\n    notes: the colon after level was lost\n';
    const { code, err, after } = await assessOn(text);
    expect(code).toBe(2);
    expect(err).toMatch(/^a\.yaml:6:5 error yaml-syntax /m);
    expect(err).toContain(
      'opsc-audit: a.yaml has a YAML error at a.yaml:6:5 (a typo made while editing it?); fix a.yaml where shown above',
    );
    expect(err).toContain('opsc-audit validate a.yaml');
    expect(err).not.toMatch(/choose another|not an answers file/);
    expect(after).toBe(text);
  });

  it('12.18: a mistyped format line is shown where it is, as a broken answers file', async () => {
    const text =
      'format: opsc-audit/answer@1\nchecklist: { id: interview-small, version: 1.0.0 }\nrespondent: {}\nanswers: {}\n';
    const { code, err } = await assessOn(text);
    expect(code).toBe(2);
    expect(err).toMatch(/^a\.yaml:1:9 error /m);
    expect(err).toContain('opsc-audit: a.yaml: the answers file has errors; fix a.yaml where shown above');
    expect(err).not.toMatch(/choose another|not an answers file/);
  });

  it('12.18: a checklist named as the answers file is refused as a checklist, with the right command', async () => {
    const { code, err } = await assessOn(await readFile(FIXTURE, 'utf8'));
    expect(code).toBe(2);
    expect(err).toBe(
      'opsc-audit: a.yaml is a checklist, not an answers file; to answer it: opsc-audit assess a.yaml -o answers.yaml\n',
    );
  });
});
