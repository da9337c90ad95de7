import { copyFile, mkdtemp, readFile, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Readable } from 'node:stream';
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
import { PSEUDO, registerPseudoLocale, removePseudoLocale } from '../helpers/pseudo-locale.js';
import { useLanguage } from '../../src/i18n/index.js';

const FIXTURE = resolve(SMALL);

function fakeIo(cwd: string, tty = true): Io & { out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  const stdin = Object.assign(Readable.from([]), { isTTY: tty });
  return {
    out,
    err,
    cwd,
    env: {},
    stdin,
    stdout: { write: (s: string) => out.push(s) },
    stderr: { write: (s: string) => err.push(s) },
  };
}

async function run(steps: Step[], options: { output?: string; ref?: string; cwd?: string } = {}) {
  const cwd = options.cwd ?? (await mkdtemp(join(tmpdir(), 'assess-')));
  const prompter = new ScriptedPrompter(steps);
  const io = fakeIo(cwd);
  let error: unknown;
  let code: number | undefined;
  try {
    code = await runAssess(options.ref ?? FIXTURE, { output: options.output }, io, {
      prompter,
      now: () => NOW,
    });
  } catch (e) {
    error = e;
  }
  prompter.assertDone();
  return { cwd, prompter, io, error, code, printed: prompter.printed.join('\n') };
}

async function savedAnswers(path: string) {
  const loaded = await readAnswers(path, { cwd: '/', checklist: FIXTURE });
  if (!loaded.ok) throw new Error(`${loaded.message}: ${JSON.stringify(loaded.diagnostics)}`);
  return loaded.answers;
}

describe('assess: output file', () => {
  it('proposes answers-<checklist>-<date>.yaml in the working directory, and saves there', async () => {
    const { cwd, prompter, code, printed } = await run([
      { input: 'Save the answers to', type: '' },
      ...RESPONDENT,
      { select: '(LAW-01)', pick: 'quit' },
    ]);
    expect(code).toBe(0);
    expect(prompter.messages[0]).toContain('Save the answers to');
    const saved = await savedAnswers(join(cwd, 'answers-interview-small-2026-01-02.yaml'));
    expect(saved.respondent.country).toBe('Kenya');
    expect(printed).toContain(
      `Resume with:\n\topsc-audit assess ${FIXTURE} -o answers-interview-small-2026-01-02.yaml`,
    );
    expect(printed).toMatch(/\nTotal +0 answered · 6 not yet assessed\n/);
  });

  it('refuses an existing file that is not an answers file, leaving it untouched', async () => {
    const cwd = await mkdtemp(join(tmpdir(), 'assess-'));
    await writeFile(join(cwd, 'notes.yaml'), 'shopping: [milk]\n');
    const { error } = await run([], { cwd, output: 'notes.yaml' });
    expect(error).toBeInstanceOf(InputError);
    expect((error as Error).message).toContain('notes.yaml exists and is not an answers file');
    expect(await readFile(join(cwd, 'notes.yaml'), 'utf8')).toBe('shopping: [milk]\n');
  });

  it('refuses an answers file that belongs to another checklist', async () => {
    const cwd = await mkdtemp(join(tmpdir(), 'assess-'));
    const other =
      'format: opsc-audit/answers@1\nchecklist: { id: minimal, version: 1.0.0 }\nrespondent: {}\nanswers: {}\n';
    await writeFile(join(cwd, 'a.yaml'), other);
    const { error } = await run([], { cwd, output: 'a.yaml' });
    expect((error as Error).message).toContain(
      'a.yaml holds answers to checklist "minimal", not "interview-small"',
    );
  });
});

describe('assess: no terminal', () => {
  it('refuses in one line pointing to the answers-file format and validate, exit 2', async () => {
    const io = fakeIo(await mkdtemp(join(tmpdir(), 'assess-')), false);
    const code = await main(['assess', FIXTURE, '-o', 'x.yaml'], io);
    expect(code).toBe(2);
    const err = io.err.join('');
    expect(err.trim().split('\n')).toHaveLength(1);
    expect(err).toContain('schemas/answers.schema.json');
    expect(err).toContain('opsc-audit validate');
    expect(await readdir(io.cwd)).toEqual([]);
  });
});

describe('assess: Ctrl-C at each kind of prompt saves and exits 130 with the resume command', () => {
  it('at the file name prompt: nothing is saved', async () => {
    const { cwd, error } = await run([{ cancel: 'input', at: 'Save the answers to' }]);
    expect(error).toBeInstanceOf(InterruptedError);
    expect((error as Error).message).toBe('Interrupted; nothing was saved.');
    expect(await readdir(cwd)).toEqual([]);
  });

  const cases: [string, Step[], (a: Awaited<ReturnType<typeof savedAnswers>>) => void][] = [
    [
      'an input (country)',
      [{ cancel: 'input', at: 'Country' }],
      (a) => {
        expect(a.respondent).toEqual({});
      },
    ],
    [
      'a select (role)',
      [...RESPONDENT.slice(0, 3), { cancel: 'select', at: 'Your role' }],
      (a) => {
        expect(a.respondent).toEqual({ country: 'Kenya', organization: 'Ministry of Justice' });
      },
    ],
    [
      'a confirm (evidence may be published)',
      [
        ...RESPONDENT,
        { select: '(LAW-01)', pick: 'a:partial' },
        { input: 'Notes', type: 'noted' },
        { input: 'Evidence: title', type: 'Civil Code' },
        { input: 'link', type: '' },
        { input: 'date', type: '' },
        { cancel: 'confirm', at: 'published' },
      ],
      (a) => {
        expect(a.answers['LAW-01']).toMatchObject({ level: 'partial', notes: 'noted' });
      },
    ],
    [
      'a checkbox (multiple choice)',
      [
        ...RESPONDENT,
        ...pick('LAW-01', 'none'),
        ...pick('HOT-01', 'no'),
        { select: 'Before moving on', pick: 'continue' },
        ...pick('REP-01', 'all'),
        { select: '(REP-02)', pick: 'enter' },
        { cancel: 'checkbox' },
      ],
      (a) => {
        expect(Object.keys(a.answers)).toEqual(['LAW-01', 'HOT-01', 'HOT-02', 'REP-01']);
      },
    ],
  ];
  it.each(cases)('at %s', async (_name, steps, check) => {
    const { cwd, error } = await run(steps, { output: 'answers.yaml' });
    expect(error).toBeInstanceOf(InterruptedError);
    expect((error as Error).message).toBe(
      `Interrupted. Your answers are saved in answers.yaml. Resume with:\n\topsc-audit assess ${FIXTURE} -o answers.yaml`,
    );
    check(await savedAnswers(join(cwd, 'answers.yaml')));
  });
});

describe('assess: resume', () => {
  it('skips the respondent details and starts at the first unanswered question', async () => {
    const first = await run(
      [...RESPONDENT, ...pick('LAW-01', 'partial'), { select: '(HOT-01)', pick: 'quit' }],
      {
        output: 'a.yaml',
      },
    );
    const second = await run(
      [
        ...pick('HOT-01', 'no'),
        { select: 'Before moving on', pick: 'continue' },
        { cancel: 'select', at: '(REP-01)' },
      ],
      { cwd: first.cwd, output: 'a.yaml' },
    );
    expect(second.printed).toContain('Respondent: Kenya, Ministry of Justice (government), 2026-01-02');
    expect(second.printed).toContain('Resuming a.yaml: 1 of 7 questions done.');
    const saved = await savedAnswers(join(first.cwd, 'a.yaml'));
    expect(Object.keys(saved.answers)).toEqual(['LAW-01', 'HOT-01', 'HOT-02']);
  });

  it('records the language the answers are given in, and says so when they are resumed in another', async () => {
    registerPseudoLocale();
    try {
      useLanguage(PSEUDO);
      const first = await run(
        [...RESPONDENT, ...pick('LAW-01', 'partial'), { select: '(HOT-01)', pick: 'quit' }],
        {
          output: 'a.yaml',
        },
      );
      expect(await readFile(join(first.cwd, 'a.yaml'), 'utf8')).toMatch(/\nlanguage: en-XA\nrespondent:\n/);
      useLanguage('en');
      const second = await run([{ select: '(HOT-01)', pick: 'quit' }], { cwd: first.cwd, output: 'a.yaml' });
      expect(second.printed).toContain(
        `These answers were given in English (Pseudo-Accents). To go on in that language: opsc-audit assess ${FIXTURE} -o a.yaml --lang en-XA`,
      );
      // Resuming keeps the language the file was started in.
      expect((await savedAnswers(join(first.cwd, 'a.yaml'))).language).toBe('en-XA');
    } finally {
      removePseudoLocale();
    }
  });

  it('without a checklist argument, resumes with the checklist the file names', async () => {
    const cwd = await mkdtemp(join(tmpdir(), 'assess-'));
    await copyFile(FIXTURE, join(cwd, 'small.yaml'));
    const io = fakeIo(cwd);
    const file =
      'format: opsc-audit/answers@1\nchecklist: { id: no-such-checklist, version: 1.0.0 }\nrespondent: {}\nanswers: {}\n';
    await writeFile(join(cwd, 'a.yaml'), file);
    await expect(
      runAssess(undefined, { output: 'a.yaml' }, io, { prompter: new ScriptedPrompter([]) }),
    ).rejects.toThrow('no bundled checklist "no-such-checklist"');
  });
});

describe('assess: the checklist changed since the answers were made', () => {
  async function changedSetup() {
    const cwd = await mkdtemp(join(tmpdir(), 'assess-'));
    const index = await loadIndex();
    const digest = (id: string) => {
      const q = index.byId.get(id);
      if (!q) throw new Error(id);
      return questionDigest(q);
    };
    const answers = [
      'format: opsc-audit/answers@1',
      'checklist: { id: interview-small, version: 1.0.0, digest: "sha256:' + '0'.repeat(64) + '" }',
      'respondent: { country: Kenya, organization: MoJ, role: ngo, date: 2026-01-01 }',
      'answers:',
      `  LAW-01: { level: partial, notes: keep me, digest: ${digest('LAW-01')}, answered: 2026-01-01T10:00:00Z }`,
      `  HOT-01: { value: false, digest: ${digest('HOT-01')}, answered: 2026-01-01T10:00:00Z }`,
      `  DAT-02: { value: Statistics office, digest: ${digest('DAT-02')}, answered: 2026-01-01T10:00:00Z }`,
      '',
    ].join('\n');
    await writeFile(join(cwd, 'a.yaml'), answers);
    const checklist = (await readFile(FIXTURE, 'utf8'))
      .replace('version: 1.0.0', 'version: 1.1.0')
      .replace('Is 18 the minimum age of marriage?', 'Is 18 the minimum age of marriage, with no exception?')
      .replace(/\n {6}- id: DAT-02\n(.*\n)*$/, '\n');
    await writeFile(join(cwd, 'small.yaml'), checklist);
    return { cwd, answers };
  }

  it('reports the changed and removed questions; quitting leaves the file as it was', async () => {
    const { cwd, answers } = await changedSetup();
    const { code, printed } = await run([{ select: 'How do you want to go on?', pick: 'quit' }], {
      cwd,
      ref: 'small.yaml',
      output: 'a.yaml',
    });
    expect(code).toBe(0);
    expect(printed).toContain(
      'The checklist interview-small changed since these answers were made (version 1.0.0; it is now 1.1.0).',
    );
    expect(printed).toMatch(
      /Answered questions that changed since \(1\):\n {2}LAW-01 +Is 18 the minimum age of marriage, with no exception\?/,
    );
    expect(printed).toContain('Answers to questions no longer in the checklist (1): DAT-02.');
    expect(await readFile(join(cwd, 'a.yaml'), 'utf8')).toBe(answers);
  });

  it('continue and review: asks the changed question first, then updates the file to the new version', async () => {
    const { cwd, answers } = await changedSetup();
    const { prompter, error } = await run(
      [
        { select: 'How do you want to go on?', pick: 'review' },
        ...pick('LAW-01', 'established'),
        { select: 'Before moving on', pick: 'continue' },
        { cancel: 'select', at: '(REP-01)' },
      ],
      { cwd, ref: 'small.yaml', output: 'a.yaml' },
    );
    expect(error).toBeInstanceOf(InterruptedError);
    expect(prompter.selects.find((s) => s.message.includes('(LAW-01)'))?.default).toBe('a:partial');
    const saved = parse(await readFile(join(cwd, 'a.yaml'), 'utf8')) as {
      checklist: { version: string };
      answers: Record<string, unknown>;
    };
    expect(saved.checklist.version).toBe('1.1.0');
    expect(Object.keys(saved.answers)).toEqual(['LAW-01', 'HOT-01', 'HOT-02']);
    expect(saved.answers['LAW-01']).toMatchObject({ level: 'established', notes: 'keep me' });
    expect(await readFile(join(cwd, 'a.yaml.bak'), 'utf8')).toBe(answers);
  });

  it('continue and keep: confirms the kept answers against the new wording without asking', async () => {
    const { cwd } = await changedSetup();
    await run(
      [
        { select: 'How do you want to go on?', pick: 'keep' },
        { cancel: 'select', at: '(REP-01)' },
      ],
      {
        cwd,
        ref: 'small.yaml',
        output: 'a.yaml',
      },
    );
    const loaded = await readAnswers(join(cwd, 'a.yaml'), { cwd, checklist: 'small.yaml' });
    expect(loaded.ok && loaded.warnings).toEqual([]);
    expect(loaded.ok && loaded.answers.answers['LAW-01']?.level).toBe('partial');
  });
});
