import { chmodSync, writeFileSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readAnswers } from '../../src/open/read-answers.js';
import { CLI, CTRL_C, drivePty, ENTER, type PtyStep } from '../fixtures/interview/drive-pty.js';
import { quote } from '../../src/text/shell-quote.js';
import { SMALL } from '../fixtures/interview/harness.js';

const FIXTURE = resolve(SMALL);
const ARGS = ['assess', FIXTURE, '-o', 'answers.yaml'];
const CTRL_D = '\u0004';
const RESUME = `Interrupted. Your answers are saved in answers.yaml. Resume with:\r\n    node ${quote(CLI)} assess ${FIXTURE} -o answers.yaml`;
/** No opsc-audit on PATH: the tool names itself by its own path, as it would for a user who has not installed it. */
const NOT_INSTALLED = { env: { PATH: '/nonexistent' } };

async function saved(cwd: string) {
  const loaded = await readAnswers(join(cwd, 'answers.yaml'), { cwd, checklist: FIXTURE });
  if (!loaded.ok) throw new Error(`${loaded.message}: ${JSON.stringify(loaded.diagnostics)}`);
  return loaded.answers;
}

const RESPONDENT: PtyStep[] = [
  { expect: 'Country', send: `Kenya${ENTER}` },
  { expect: 'Organization', send: `MoJ${ENTER}` },
  { expect: 'Your name', send: ENTER },
  { expect: 'Your role', send: ENTER },
  { expect: 'Date of the assessment', send: ENTER },
];

const editor = process.env.EDITOR;
const visual = process.env.VISUAL;
afterEach(() => {
  process.env.EDITOR = editor;
  process.env.VISUAL = visual;
  if (editor === undefined) delete process.env.EDITOR;
  if (visual === undefined) delete process.env.VISUAL;
});

describe('assess in a real pseudo-terminal: Ctrl-D, partial evidence, pasted notes, the editor', () => {
  it('Ctrl-D at a menu stops as Ctrl-C does: saved, the resume command, exit 130', async () => {
    const cwd = await mkdtemp(join(tmpdir(), 'assess-ctrl-d-'));
    const run = await drivePty(
      ARGS,
      cwd,
      [
        ...RESPONDENT,
        { expect: '\\(LAW-01\\)', send: `2${ENTER}` },
        { expect: 'Notes', send: ENTER },
        { expect: 'Evidence: title', send: ENTER },
        { expect: '\\(HOT-01\\)', send: CTRL_D },
      ],
      NOT_INSTALLED,
    );
    expect(run.stepsSeen).toBe(9);
    expect(run.status).toBe(130);
    expect(run.output).toContain(RESUME);
    expect((await saved(cwd)).answers['LAW-01']).toMatchObject({ level: 'partial' });
  });

  it.each([
    ['Ctrl-C', CTRL_C],
    ['Ctrl-D', CTRL_D],
  ])(
    '%s while the date of an evidence item is typed keeps the item with its title and link',
    async (_name, key) => {
      const cwd = await mkdtemp(join(tmpdir(), 'assess-partial-'));
      const run = await drivePty(
        ARGS,
        cwd,
        [
          ...RESPONDENT,
          { expect: '\\(LAW-01\\)', send: `2${ENTER}` },
          { expect: 'Notes', send: `civil code${ENTER}` },
          { expect: 'Evidence: title', send: `Marriage Act 2014${ENTER}` },
          { expect: 'Evidence: link', send: `https://example.org/act${ENTER}` },
          { expect: 'Evidence: date', send: '2014-0' },
          { expect: '2014-0', send: key },
        ],
        NOT_INSTALLED,
      );
      expect(run.stepsSeen).toBe(11);
      expect(run.status).toBe(130);
      expect(run.output).toContain(RESUME);
      expect((await saved(cwd)).answers['LAW-01']).toMatchObject({
        level: 'partial',
        notes: 'civil code',
        evidence: [{ title: 'Marriage Act 2014', url: 'https://example.org/act' }],
      });
    },
  );

  it.each([
    ['bracketed paste', '\u001b[200~first line\r\nsecond line\r\nthird line\u001b[201~'],
    ['a terminal without bracketed paste', 'first line\rsecond line\rthird line'],
  ])('a multi-line note pasted (%s) keeps every line', async (_name, paste) => {
    const cwd = await mkdtemp(join(tmpdir(), 'assess-paste-'));
    const run = await drivePty(ARGS, cwd, [
      ...RESPONDENT,
      { expect: '\\(LAW-01\\)', send: `2${ENTER}` },
      { expect: 'Notes', send: paste },
      { expect: 'third line', send: ENTER },
      { expect: 'Evidence: title', send: ENTER },
      { expect: '\\(HOT-01\\)', send: CTRL_C },
    ]);
    expect(run.stepsSeen).toBe(10);
    expect(run.output).toContain('first line↵second line↵third line');
    expect((await saved(cwd)).answers['LAW-01']?.notes).toBe('first line\nsecond line\nthird line');
  });

  it('"e" at the notes opens $VISUAL; a missing editor falls back to typing, in one line', async () => {
    const cwd = await mkdtemp(join(tmpdir(), 'assess-editor-'));
    const script = join(cwd, 'fake-editor.sh');
    writeFileSync(script, '#!/bin/sh\nprintf "written in the editor\\nsecond paragraph\\n" > "$1"\n');
    chmodSync(script, 0o755);
    process.env.VISUAL = script;
    const run = await drivePty(ARGS, cwd, [
      ...RESPONDENT,
      { expect: '\\(LAW-01\\)', send: `2${ENTER}` },
      { expect: '"e" opens your editor', send: `e${ENTER}` },
      { expect: 'Evidence: title', send: ENTER },
      { expect: '\\(HOT-01\\)', send: CTRL_C },
    ]);
    expect(run.stepsSeen).toBe(9);
    expect((await saved(cwd)).answers['LAW-01']?.notes).toBe('written in the editor\nsecond paragraph');

    process.env.VISUAL = join(cwd, 'no-such-editor');
    const missing = await drivePty(ARGS, cwd, [
      { expect: '\\(HOT-01\\)', send: `1${ENTER}` },
      { expect: 'Notes', send: `e${ENTER}` },
      { expect: 'No editor could be opened[^\\n]*\\n[\\s\\S]*Notes', send: `typed instead${ENTER}` },
      { expect: 'Evidence: title', send: CTRL_C },
    ]);
    expect(missing.stepsSeen).toBe(4);
    expect((await saved(cwd)).answers['HOT-01']).toMatchObject({ value: true, notes: 'typed instead' });
  });

  it('--no-details: two key presses per answer, no notes or evidence prompts', async () => {
    const cwd = await mkdtemp(join(tmpdir(), 'assess-no-details-'));
    const run = await drivePty([...ARGS, '--no-details'], cwd, [
      ...RESPONDENT,
      { expect: '\\(LAW-01\\)', send: `2${ENTER}` },
      { expect: '\\(HOT-01\\)', send: `1${ENTER}` },
      { expect: '\\(HOT-02\\)', send: CTRL_C },
    ]);
    expect(run.stepsSeen).toBe(8);
    expect(run.output).not.toContain('Notes');
    expect(run.output).not.toContain('Evidence');
    expect(Object.keys((await saved(cwd)).answers)).toEqual(['LAW-01', 'HOT-01']);
  });
});

describe('assess in a small real pseudo-terminal: wrapping, 20 rows, resize', () => {
  /** The lines from `from` to the first `to` after it, as printed. */
  const between = (output: string, from: string, to: string) => {
    const start = output.indexOf(from);
    return output
      .slice(start, output.indexOf(to, start) + to.length)
      .replace(/\r/g, '')
      .split('\n');
  };

  it('at 60 columns and 20 rows: the question is wrapped at word boundaries and stays above its menu; a resize re-wraps it', async () => {
    const cwd = await mkdtemp(join(tmpdir(), 'assess-small-'));
    const run = await drivePty(
      ['assess', '-o', 'answers.yaml', '--no-details'],
      cwd,
      [
        ...RESPONDENT,
        { expect: 'navigate', send: `4${ENTER}` }, // Show guidance
        { expect: 'Sources[\\s\\S]*navigate', resize: [20, 100] },
        { expect: 'PRV-LAW-01  How far[\\s\\S]*navigate', send: CTRL_C },
      ],
      { size: [20, 60] },
    );
    expect(run.stepsSeen).toBe(8);
    expect(run.status).toBe(130);
    const screen = between(run.output, '[1/', 'navigate');
    const question = 'How far does national law close off the marriage of anyone under 18?';
    // Wrapped at a space, within 60 columns: "...of anyone" / "under 18?".
    expect(screen).toContain('How far does national law close off the marriage of anyone');
    expect(screen).toContain('under 18?');
    expect(Math.max(...screen.map((l) => l.length))).toBeLessThanOrEqual(60);
    // The question, its prompt and the first answers fit in 20 rows: from the progress line to the key help.
    expect(screen.length).toBeLessThanOrEqual(20);
    expect(screen.join('\n')).toContain('1. The legal minimum age');
    // After the resize to 100 columns, the question (under the guidance) is printed again on one line.
    expect(run.output).toContain(`PRV-LAW-01  ${question}`);
  });
});
