import { mkdtemp, readdir, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readAnswers } from '../../src/open/read-answers.js';
import { CLI, drivePty, ENTER } from '../fixtures/interview/drive-pty.js';
import { SMALL } from '../fixtures/interview/harness.js';

const FIXTURE = resolve(SMALL);
const CLOCK = resolve('test/fixtures/interview/fake-clock.mjs');
const FILE = 'answers-interview-small-2026-03-02.yaml';

describe('assess on a second day with no -o, in a real pseudo-terminal', () => {
  it('day one creates the file; day two lists it with respondent and progress, and Enter resumes it', async () => {
    const cwd = await mkdtemp(join(tmpdir(), 'assess-days-'));
    // The tool installed as a command: a folder on PATH holding an opsc-audit link to this build.
    const bin = await mkdtemp(join(tmpdir(), 'assess-bin-'));
    await symlink(CLI, join(bin, 'opsc-audit'));
    const PATH = [bin, dirname(process.execPath), '/usr/bin', '/bin'].join(':');

    const first = await drivePty(
      ['assess', FIXTURE],
      cwd,
      [
        { expect: `Save the answers to[\\s\\S]*${FILE.replace(/\./g, '\\.')}`, send: ENTER },
        { expect: 'Country', send: `Kenya${ENTER}` },
        { expect: 'Organization', send: `Ministry of Justice${ENTER}` },
        { expect: 'Your name', send: `Amina Otieno${ENTER}` },
        { expect: 'Your role', send: `1${ENTER}` },
        { expect: 'Date of the assessment', send: ENTER },
        { expect: '\\(LAW-01\\)', send: `2${ENTER}` },
        { expect: 'Notes', send: `civil code${ENTER}` },
        { expect: 'Evidence: title', send: ENTER },
        { expect: '\\(HOT-01\\)', send: `9${ENTER}` }, // Save and quit
        { expect: 'Resume with' },
      ],
      { nodeArgs: ['--import', CLOCK], env: { FAKE_NOW: '2026-03-02T10:00:00Z', PATH } },
    );
    expect(first.stepsSeen).toBe(11);
    expect(first.status).toBe(0);
    // Installed, the tool names itself as the user would type it.
    expect(first.output).toContain(`Resume with:\r\n    opsc-audit assess ${FIXTURE} -o ${FILE}\r\n`);
    expect(await readdir(cwd)).toEqual([FILE]);

    // Day two: the command the README gives, typed into a shell.
    const second = await drivePty(
      [],
      cwd,
      [
        {
          expect: `Found an answers file of checklist interview-small:[\\s\\S]*1\\. ${FILE}[\\s\\S]*Kenya, Ministry of Justice, Amina Otieno; 1 of 7 done \\(14%\\); last answer 2026-03-0[12][\\s\\S]*Resume it, or start a new assessment\\?`,
          send: ENTER,
        },
        { expect: `Resuming ${FILE}: 1 of 7 questions done\\.[\\s\\S]*\\(HOT-01\\)`, send: `1${ENTER}` },
        { expect: 'Notes', send: ENTER },
        { expect: 'Evidence: title', send: ENTER },
        { expect: '\\(HOT-02\\)', send: `10${ENTER}` }, // Save and quit
        { expect: 'Resume with' },
      ],
      {
        command: ['sh', '-c', `opsc-audit assess ${FIXTURE}`],
        env: { FAKE_NOW: '2026-03-05T09:00:00Z', NODE_OPTIONS: `--import ${CLOCK}`, PATH },
      },
    );
    expect(second.stepsSeen).toBe(6);
    expect(second.status).toBe(0);
    expect(second.output).not.toContain('Country');
    expect(second.output).not.toContain('Save the answers to');
    const saved = await readAnswers(join(cwd, FILE), { cwd, checklist: FIXTURE });
    if (!saved.ok) throw new Error(saved.message);
    expect(saved.answers.respondent).toMatchObject({ country: 'Kenya', organization: 'Ministry of Justice' });
    expect(saved.answers.answers['LAW-01']).toMatchObject({
      level: 'partial',
      notes: 'civil code',
      answered: expect.stringMatching(/^2026-03-02T10:/) as unknown,
    });
    expect(saved.answers.answers['HOT-01']).toMatchObject({
      value: true,
      answered: expect.stringMatching(/^2026-03-05T09:/) as unknown,
    });
    expect(await readdir(cwd)).toEqual([FILE]);
  }, 60000);
});
