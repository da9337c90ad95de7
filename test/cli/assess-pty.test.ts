import { existsSync } from 'node:fs';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { readAnswers } from '../../src/open/read-answers.js';
import { CLI, CTRL_C, drivePty, ENTER, type PtyStep } from '../fixtures/interview/drive-pty.js';
import { quote } from '../../src/text/shell-quote.js';
import { SMALL } from '../fixtures/interview/harness.js';
import { seededRandom } from '../helpers/seeded-random.js';

const FIXTURE = resolve(SMALL);
const ARGS = ['assess', FIXTURE, '-o', 'answers.yaml'];
/** No opsc-audit on PATH: the tool names itself `node <path to cli.js>` in the commands it prints. */
const NOT_INSTALLED = { env: { PATH: '/nonexistent' } };

async function validAnswers(cwd: string) {
  const loaded = await readAnswers(join(cwd, 'answers.yaml'), { cwd, checklist: FIXTURE });
  if (!loaded.ok) throw new Error(`${loaded.message}: ${JSON.stringify(loaded.diagnostics)}`);
  return loaded.answers;
}

describe('assess in a real pseudo-terminal (node dist/cli.js)', () => {
  it('answers, goes back, records not applicable, is interrupted with Ctrl-C (130), then resumes and saves', async () => {
    const cwd = await mkdtemp(join(tmpdir(), 'assess-pty-'));
    const first = await drivePty(
      ARGS,
      cwd,
      [
        { expect: 'Country', send: `Kenya${ENTER}` },
        { expect: 'Organization', send: `Ministry of Justice${ENTER}` },
        { expect: 'Your name', send: `Amina Otieno${ENTER}` },
        { expect: 'Your role', send: `2${ENTER}` },
        { expect: 'Date of the assessment', send: ENTER },
        {
          expect: '\\[1/7\\] Prevention > Law  \\(section 0/3 done, 0% overall\\)[\\s\\S]*\\(LAW-01\\)',
          send: `2${ENTER}`,
        },
        { expect: 'Notes', send: `civil code${ENTER}` },
        { expect: 'Evidence: title', send: ENTER },
        { expect: '\\(HOT-01\\)', send: `6${ENTER}` }, // Back
        { expect: 'Current answer: In part[\\s\\S]*\\(LAW-01\\)', send: `3${ENTER}` },
        { expect: 'Notes', send: ENTER },
        { expect: 'Evidence: title', send: ENTER },
        { expect: '\\(HOT-01\\)', send: `1${ENTER}` },
        { expect: 'Notes', send: ENTER },
        { expect: 'Evidence: title', send: ENTER },
        { expect: '\\(HOT-02\\)', send: `4${ENTER}` }, // Not applicable
        { expect: 'Why does this not apply', send: `Run by an NGO${ENTER}` },
        { expect: 'Notes', send: `Free of charge${ENTER}` },
        { expect: 'Before moving on', send: CTRL_C },
      ],
      NOT_INSTALLED,
    );
    expect(first.stepsSeen).toBe(19);
    expect(first.status).toBe(130);
    expect(first.output).toContain(
      `Interrupted. Your answers are saved in answers.yaml. Resume with:\r\n    node ${quote(CLI)} assess ${FIXTURE} -o answers.yaml`,
    );
    expect(first.output).not.toMatch(/\bat .*\.js:\d+/);
    const saved = await validAnswers(cwd);
    expect(saved.respondent).toMatchObject({
      country: 'Kenya',
      organization: 'Ministry of Justice',
      name: 'Amina Otieno',
      role: 'ngo',
    });
    expect(saved.answers['LAW-01']).toMatchObject({ level: 'established', notes: 'civil code' });
    expect(saved.answers['HOT-01']).toMatchObject({ value: true });
    expect(saved.answers['HOT-02']).toMatchObject({
      na: { reason: 'Run by an NGO' },
      notes: 'Free of charge',
    });

    const second = await drivePty(ARGS, cwd, [
      {
        expect: 'Resuming answers.yaml: 3 of 7 questions done\\.[\\s\\S]*\\(REP-01\\)',
        send: `Save${ENTER}`,
      },
      { expect: 'Saved to answers.yaml' },
    ]);
    expect(second.stepsSeen).toBe(2);
    expect(second.status).toBe(0);
    expect(second.output).not.toContain('Country');
    expect(Object.keys((await validAnswers(cwd)).answers)).toEqual(['LAW-01', 'HOT-01', 'HOT-02']);
  });
});

/** Asserts the saved file holds at least `partial`. */
const has = (partial: object) => (f: Record<string, unknown>) => {
  expect(f).toMatchObject(partial);
};

/** A whole interview; `proves` names what is on disk once that step's prompt has appeared. */
const SCRIPT: (PtyStep & { proves?: (a: Record<string, unknown>) => unknown })[] = [
  { expect: 'Country', send: `Kenya${ENTER}` },
  {
    expect: 'Organization',
    send: `MoJ${ENTER}`,
    proves: has({ respondent: { country: 'Kenya' } }),
  },
  {
    expect: 'Your name',
    send: ENTER,
    proves: has({ respondent: { organization: 'MoJ' } }),
  },
  { expect: 'Your role', send: `1${ENTER}` },
  {
    expect: 'Date of',
    send: ENTER,
    proves: has({ respondent: { role: 'government' } }),
  },
  {
    expect: '\\(LAW-01\\)',
    send: `2${ENTER}`,
    proves: (f) => {
      expect(typeof (f.respondent as { date?: unknown }).date).toBe('string');
    },
  },
  {
    expect: 'Notes',
    send: `n1${ENTER}`,
    proves: has({ answers: { 'LAW-01': { level: 'partial' } } }),
  },
  {
    expect: 'Evidence: title',
    send: ENTER,
    proves: has({ answers: { 'LAW-01': { notes: 'n1' } } }),
  },
  { expect: '\\(HOT-01\\)', send: `1${ENTER}` },
  {
    expect: 'Notes',
    send: ENTER,
    proves: has({ answers: { 'HOT-01': { value: true } } }),
  },
  { expect: 'Evidence: title', send: ENTER },
  { expect: '\\(HOT-02\\)', send: `3${ENTER}` },
  {
    expect: 'Notes',
    send: ENTER,
    proves: has({ answers: { 'HOT-02': { level: 'established' } } }),
  },
  { expect: 'Evidence: title', send: ENTER },
  { expect: 'Before moving on', send: ENTER },
  { expect: '\\(REP-01\\)', send: `3${ENTER}` },
  {
    expect: 'Notes',
    send: ENTER,
    proves: has({ answers: { 'REP-01': { value: 'all' } } }),
  },
  { expect: 'Evidence: title', send: ENTER },
  { expect: '\\(REP-02\\)', send: `3${ENTER}` },
  {
    expect: 'Notes',
    send: `no register${ENTER}`,
    proves: has({ answers: { 'REP-02': { unknown: true } } }),
  },
  {
    expect: 'Before moving on',
    send: ENTER,
    proves: has({ answers: { 'REP-02': { notes: 'no register' } } }),
  },
  { expect: '\\(DAT-01\\)', send: `2${ENTER}` },
  { expect: 'Why does', send: `none${ENTER}` },
  {
    expect: 'Notes',
    send: ENTER,
    proves: has({ answers: { 'DAT-01': { na: { reason: 'none' } } } }),
  },
  { expect: '\\(DAT-02\\)', send: `3${ENTER}` },
  {
    expect: 'Notes',
    send: ENTER,
    proves: has({ answers: { 'DAT-02': { unknown: true } } }),
  },
  { expect: 'What next', send: ENTER },
  { expect: 'Saved to answers.yaml' },
];

describe('assess killed with SIGKILL at random points', () => {
  it('always leaves a valid answers file holding every answer confirmed before the kill (30 runs)', async () => {
    const steps = SCRIPT.map(({ expect: e, send }) => ({ expect: e, ...(send ? { send } : {}) }));
    const full = await drivePty(ARGS, await mkdtemp(join(tmpdir(), 'assess-kill-')), steps);
    expect(full.status).toBe(0);
    expect(full.stepsSeen).toBe(SCRIPT.length);
    const runs = 30;
    const seen: number[] = [];
    const random = seededRandom();
    // Printed so a failing run can be replayed with OPSC_TEST_SEED=<seed>.
    console.log(`SIGKILL kill points: OPSC_TEST_SEED=${random.seed}`);
    for (let batch = 0; batch < runs; batch += 6) {
      await Promise.all(
        Array.from({ length: 6 }, async (_, i) => {
          const cwd = await mkdtemp(join(tmpdir(), 'assess-kill-'));
          // Kill points spread over the whole interview whatever the machine's speed: a random delay of
          // 0-80 ms after the keys of a step are sent, so some kills land while the answer is being saved.
          const killAtStep = 1 + ((batch + i) % SCRIPT.length);
          const killDelayMs = Math.floor(random.next() * 80);
          const result = await drivePty(ARGS, cwd, steps, { killAtStep, killDelayMs });
          seen.push(result.stepsSeen);
          const path = join(cwd, 'answers.yaml');
          if (result.stepsSeen === 0) return;
          const replay = `(OPSC_TEST_SEED=${random.seed}, kill at step ${killAtStep} + ${killDelayMs} ms)`;
          expect(existsSync(path), `no file after ${result.stepsSeen} prompts ${replay}`).toBe(true);
          const data = parse(await readFile(path, 'utf8')) as Record<string, unknown>;
          await validAnswers(cwd);
          for (const step of SCRIPT.slice(0, result.stepsSeen)) step.proves?.(data);
        }),
      );
    }
    // The kill points spread over the interview: early, middle and (nearly) complete runs all occur.
    expect(Math.min(...seen)).toBeLessThan(8);
    expect(Math.max(...seen)).toBeGreaterThan(14);
  }, 180000);
});
