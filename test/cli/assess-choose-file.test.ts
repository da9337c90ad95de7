import { chmod, mkdir, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { runAssess } from '../../src/commands/assess.js';
import { main } from '../../src/main.js';
import { packageRoot } from '../../src/load/paths.js';
import type { Io } from '../../src/model/io.js';
import { ScriptedPrompter, type Step } from '../fixtures/interview/scripted-prompter.js';
import { NOW, RESPONDENT, SMALL } from '../fixtures/interview/harness.js';
import { CLI, drivePty } from '../fixtures/interview/drive-pty.js';

const FIXTURE = resolve(SMALL);

function fakeIo(cwd: string, env: Record<string, string> = {}): Io & { out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return {
    out,
    err,
    cwd,
    env,
    stdin: Object.assign(Readable.from([]), { isTTY: true }),
    stdout: { write: (s: string) => out.push(s) },
    stderr: { write: (s: string) => err.push(s) },
  };
}

/** An answers file of the small checklist, answered by `who` at `answered` (`LAW-01` only, or none). */
function answersText(
  who: { country?: string; organization?: string; name?: string },
  answered?: string,
): string {
  const respondent = Object.entries({ ...who, role: 'government', date: '2025-11-01' })
    .map(([k, v]) => `  ${k}: ${v}\n`)
    .join('');
  const answers = answered ? `  LAW-01:\n    level: partial\n    answered: ${answered}\n` : '';
  return `format: opsc-audit/answers@1\nchecklist: { id: interview-small, version: 1.0.0, digest: 'sha256:b006ab8eeafeebeeb64726e1fef53b7fb5209a8e2061036c971d65665405aaef' }\nrespondent:\n${respondent || '  {}\n'}answers:${answers ? `\n${answers}` : ' {}\n'}`;
}

async function run(cwd: string, steps: Step[], env: Record<string, string> = {}) {
  const prompter = new ScriptedPrompter(steps);
  const io = fakeIo(cwd, env);
  let error: unknown;
  let code: number | undefined;
  try {
    code = await runAssess(FIXTURE, {}, io, { prompter, now: () => NOW });
  } catch (e) {
    error = e;
  }
  prompter.assertDone();
  return { prompter, error, code, printed: prompter.printed.join('\n') };
}

async function folderWithTwoFiles(): Promise<string> {
  const cwd = await mkdtemp(join(tmpdir(), 'assess-choose-'));
  await writeFile(
    join(cwd, 'old.yaml'),
    answersText({ country: 'Kenya', organization: 'MoJ' }, '2025-11-03T09:00:00Z'),
  );
  await writeFile(
    join(cwd, 'answers-interview-small-2026-01-02.yaml'),
    answersText(
      { country: 'Kenya', organization: 'Ministry of Health', name: 'Amina' },
      '2025-12-20T10:30:00Z',
    ),
  );
  return cwd;
}

describe('assess with no -o: resume by default', () => {
  it('lists the files of the checklist, most recent first, with respondent, progress and date; Enter resumes the first', async () => {
    const cwd = await folderWithTwoFiles();
    const { code, printed, prompter } = await run(cwd, [
      { select: 'Which one do you resume?', pick: 'file:0' },
      { select: '(HOT-01)', pick: 'quit' },
    ]);
    expect(code).toBe(0);
    expect(printed).toContain('Found 2 answers files of checklist interview-small, most recent first:');
    const first = printed.indexOf('1. answers-interview-small-2026-01-02.yaml');
    const second = printed.indexOf('2. old.yaml');
    expect(first).toBeGreaterThan(-1);
    expect(second).toBeGreaterThan(first);
    expect(printed).toMatch(
      /Kenya, Ministry of Health, Amina; 1 of 7 done \(14%\); last answer 2025-12-\d\d \d\d:30/,
    );
    expect(printed).toMatch(/Kenya, MoJ; 1 of 7 done \(14%\); last answer 2025-11-0\d/);
    // The most recent is the default (Enter), and new and quit are offered.
    const menu = prompter.selects[0];
    expect(menu?.default).toBe('file:0');
    expect(menu?.choices.map((c) => c.name)).toEqual([
      'answers-interview-small-2026-01-02.yaml',
      'old.yaml',
      'Start a new assessment (a new answers file)',
      'Quit',
    ]);
    // No respondent question: the file is resumed, its answer kept.
    expect(prompter.messages.some((m) => m.includes('Country'))).toBe(false);
    expect(printed).toContain('Resuming answers-interview-small-2026-01-02.yaml: 1 of 7 questions done.');
    expect(printed).toContain('Resume with:\n\topsc-audit assess');
    expect(printed).toContain('-o answers-interview-small-2026-01-02.yaml');
  });

  it('sorts by the file time when no answer carries one', async () => {
    const cwd = await folderWithTwoFiles();
    await writeFile(join(cwd, 'fresh.yaml'), answersText({ country: 'Chad' }));
    const { printed } = await run(cwd, [{ select: 'Which one', pick: 'quit' }]);
    expect(printed).toMatch(/1\. fresh\.yaml\n +Chad; 0 of 7 done \(0%\); changed /);
  });

  it('"Start a new assessment" asks the file name, proposing one that does not clash', async () => {
    const cwd = await folderWithTwoFiles();
    const { code } = await run(cwd, [
      { select: 'Which one', pick: 'new' },
      { input: 'Save the answers to', type: '' },
      ...RESPONDENT,
      { select: '(LAW-01)', pick: 'quit' },
    ]);
    expect(code).toBe(0);
    expect(await readdir(cwd)).toContain('answers-interview-small-2026-01-02-2.yaml');
  });

  it('Quit leaves every file as it was', async () => {
    const cwd = await folderWithTwoFiles();
    const before = await readFile(join(cwd, 'old.yaml'), 'utf8');
    const { code, printed } = await run(cwd, [{ select: 'Which one', pick: 'quit' }]);
    expect(code).toBe(0);
    expect(printed).toContain('Nothing was changed.');
    expect(await readFile(join(cwd, 'old.yaml'), 'utf8')).toBe(before);
    expect((await readdir(cwd)).sort()).toEqual(['answers-interview-small-2026-01-02.yaml', 'old.yaml']);
  });

  it('names files of other checklists and broken ones, offers neither, and never fails on them', async () => {
    const cwd = await mkdtemp(join(tmpdir(), 'assess-choose-'));
    await writeFile(join(cwd, 'mine.yaml'), answersText({ country: 'Kenya' }, '2025-12-01T10:00:00Z'));
    const other =
      'format: opsc-audit/answers@1\nchecklist: { id: sr-practical-approach-2022, version: 2.0.1 }\nrespondent: {}\nanswers: {}\n';
    await writeFile(join(cwd, 'other.yaml'), other);
    await writeFile(join(cwd, 'broken.yaml'), 'format: opsc-audit/answers@1\nchecklist: [oops\n');
    await writeFile(join(cwd, 'notes.yaml'), 'shopping: [milk]\n');
    await writeFile(join(cwd, 'huge.yaml'), `# opsc-audit/answers@1\n${'#'.repeat(5 * 1024 * 1024)}\n`);
    await mkdir(join(cwd, 'folder.yaml'));
    const { printed, prompter } = await run(cwd, [
      { select: 'Resume it, or start a new assessment?', pick: 'quit' },
    ]);
    expect(printed).toContain(
      'Found 1 answers file of another checklist (sr-practical-approach-2022); to resume it: opsc-audit assess sr-practical-approach-2022',
    );
    expect(printed).toContain('broken.yaml has errors; check it with: opsc-audit validate broken.yaml');
    expect(prompter.selects[0]?.choices.map((c) => c.name)).toEqual([
      'mine.yaml',
      'Start a new assessment (a new answers file)',
      'Quit',
    ]);
    expect(printed).not.toContain('notes.yaml');
    expect(printed).not.toContain('huge.yaml');
  });

  it('looks in the folders OPSC_AUDIT_ANSWERS_DIRS lists, naming their files by full path', async () => {
    const cwd = await mkdtemp(join(tmpdir(), 'assess-choose-'));
    const shared = await mkdtemp(join(tmpdir(), 'assess-shared-'));
    await writeFile(
      join(shared, 'team.yaml'),
      answersText({ country: 'Kenya', organization: 'MoJ' }, '2025-12-01T10:00:00Z'),
    );
    const { printed, error } = await run(
      cwd,
      [
        { select: 'Resume it', pick: 'file:0' },
        { select: '(HOT-01)', pick: 'quit' },
      ],
      { OPSC_AUDIT_ANSWERS_DIRS: `/no/such/folder:${shared}` },
    );
    expect(error).toBeUndefined();
    expect(printed).toContain(`1. ${join(shared, 'team.yaml')}`);
    expect(printed).toContain(`Resuming ${join(shared, 'team.yaml')}: 1 of 7 questions done.`);
    expect(printed).toContain(`-o ${join(shared, 'team.yaml')}`);
  });

  it('with no answers file here, asks the file name as before', async () => {
    const cwd = await mkdtemp(join(tmpdir(), 'assess-choose-'));
    const { code } = await run(cwd, [
      { input: 'Save the answers to', type: '' },
      { cancel: 'input', at: 'Country' },
    ]);
    expect(code).toBeUndefined();
    expect(await readdir(cwd)).toContain('answers-interview-small-2026-01-02.yaml');
  });

  it('in the tool’s own folder, says so and proposes opsc-audit-answers in the home folder, created when chosen', async () => {
    const home = await mkdtemp(join(tmpdir(), 'assess-home-'));
    const { code, printed, prompter } = await run(
      packageRoot,
      [
        { input: 'Save the answers to', type: '' },
        { cancel: 'input', at: 'Country' },
      ],
      { HOME: home },
    );
    expect(code).toBeUndefined();
    expect(printed).toContain(
      `This folder is the tool’s own (${packageRoot}); answers are better kept elsewhere`,
    );
    const folder = join(home, 'opsc-audit-answers');
    expect(printed).toContain(`Created the folder ${folder} for your answers files.`);
    expect(prompter.messages[0]).toContain('Save the answers to');
    expect(await readdir(folder)).toEqual(['answers-interview-small-2026-01-02.yaml']);
  });
});

describe('a folder that is missing, is a file or may not be written is named before anything starts', () => {
  async function assess(args: string[]) {
    const cwd = await mkdtemp(join(tmpdir(), 'assess-path-'));
    await writeFile(join(cwd, 'afile'), 'x');
    const io = fakeIo(cwd);
    const code = await main(args, io);
    return { code, err: io.err.join(''), out: io.out.join(''), cwd };
  }

  it.each([
    ['nodir/x.yaml', 'cannot save answers to nodir/x.yaml: the folder nodir does not exist'],
    ['a/b/x.yaml', 'cannot save answers to a/b/x.yaml: the folder a/b does not exist'],
    ['afile/x.yaml', 'cannot save answers to afile/x.yaml: afile is a file, not a folder'],
    ['afile/sub/x.yaml', 'cannot save answers to afile/sub/x.yaml: afile is a file, not a folder'],
  ])('assess -o %s: exit 2, one line, nothing about saving, nothing written', async (output, message) => {
    const { code, err, out, cwd } = await assess(['assess', FIXTURE, '-o', output]);
    expect(code).toBe(2);
    expect(err).toBe(`opsc-audit: ${message}\n`);
    expect(out).not.toContain('saved');
    expect(await readdir(cwd)).toEqual(['afile']);
  });

  it.each([
    ['show', FIXTURE, '-f', 'md', '-o', 'nodir/q.md'],
    ['report', 'answers.yaml', '-o', 'nodir/r.html'],
    ['compare', 'answers.yaml', 'answers.yaml', '-f', 'md', '-o', 'nodir/c.md'],
  ])('%s ... -o nodir/...: names the missing folder', async (...args) => {
    const cwd = await mkdtemp(join(tmpdir(), 'assess-path-'));
    await writeFile(join(cwd, 'answers.yaml'), answersText({ country: 'Kenya' }, '2025-12-01T10:00:00Z'));
    const io = fakeIo(cwd);
    const withChecklist = args[0] === 'show' ? args : [...args, '--checklist', FIXTURE];
    const code = await main(withChecklist, io);
    const output = args[args.length - 1] ?? '';
    expect(io.err.join('')).toBe(`opsc-audit: cannot write ${output}: the folder nodir does not exist\n`);
    expect(code).toBe(2);
  });

  // Root may write anywhere: as root, the built binary is run as the unprivileged user "nobody" (setpriv).
  const root = process.getuid?.() === 0;
  const unprivileged = root ? existsSync('/usr/bin/setpriv') : true;
  it.skipIf(!unprivileged)('a folder that may not be written is named (assess and show)', async () => {
    const cwd = await mkdtemp(join(tmpdir(), 'assess-path-'));
    await chmod(cwd, 0o755);
    await mkdir(join(cwd, 'locked'), { mode: 0o555 });
    await chmod(join(cwd, 'locked'), 0o555);
    const asUser = (args: string[]) => {
      const argv = [process.execPath, CLI, ...args];
      const command = root
        ? ['/usr/bin/setpriv', '--reuid=65534', '--regid=65534', '--clear-groups', ...argv]
        : argv;
      return spawnSync(command[0] ?? '', command.slice(1), {
        cwd,
        encoding: 'utf8',
        env: { ...process.env, PATH: '/nonexistent' },
      });
    };
    const show = asUser(['show', FIXTURE, '-f', 'md', '-o', 'locked/q.md']);
    expect(show.stderr).toBe(
      'opsc-audit: cannot write locked/q.md: you have no permission to write in the folder locked\n',
    );
    expect(show.status).toBe(2);
    const assess = await drivePty([], cwd, [{ expect: 'cannot save' }], {
      command: [
        ...(root ? ['/usr/bin/setpriv', '--reuid=65534', '--regid=65534', '--clear-groups'] : []),
        process.execPath,
        CLI,
        'assess',
        FIXTURE,
        '-o',
        'locked/x.yaml',
      ],
    });
    expect(assess.output).toContain(
      'opsc-audit: cannot save answers to locked/x.yaml: you have no permission to write in the folder locked',
    );
    expect(assess.output).not.toContain('saved');
    expect(assess.status).toBe(2);
  });
});
