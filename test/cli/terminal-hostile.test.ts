import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough, Writable } from 'node:stream';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { parse } from 'yaml';
import { drivePty } from '../fixtures/interview/drive-pty.js';
import { main } from '../../src/main.js';
import {
  FORBIDDEN,
  HOSTILE,
  RESIDUE,
  SAFE,
  writeHostileFiles,
  type HostileFiles,
} from '../helpers/hostile-terminal.js';

const hostile = vi.hoisted(() => ({ files: undefined as HostileFiles | undefined }));

// `list` shows the bundled checklists; here the only one it finds is the hostile checklist.
vi.mock(import('../../src/open/checklists.js'), async (original) => ({
  ...(await original()),
  bundledChecklistFiles: () => Promise.resolve(hostile.files ? [hostile.files.checklist] : []),
}));

/** A string as JSON output writes it: control characters as \u escapes. */
const asJson = (text: string): string =>
  JSON.stringify(text).replace(
    /[\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );

/** Keys for the interview. */
const ENTER = '\r';
const CTRL_C = '\u0003';

/** The styling the program itself adds: bold, dim, red, green, yellow and their resets. */
// eslint-disable-next-line no-control-regex -- matching escape sequences is the point
const PROGRAM_SGR = /\u001b\[(?:1|2|22|31|32|33|39)m/g;
/** What the prompt library writes of its own: cursor moves, erasing a line or below, the cursor shown or hidden, SGR. */
// eslint-disable-next-line no-control-regex -- matching escape sequences is the point
const PROMPT_LIBRARY = /\u001b\[(?:\?25[lh]|\?2004[lh]|\d*[ABCDG]|[012]?K|J|\d+;\d+H|[\d;]*m)/g;

type Mode = 'pipe' | 'NO_COLOR' | 'FORCE_COLOR=0' | 'colour';
const MODES: Record<Mode, { tty: boolean; env: Record<string, string>; allowed?: RegExp }> = {
  pipe: { tty: false, env: {} },
  NO_COLOR: { tty: true, env: { NO_COLOR: '1' } },
  'FORCE_COLOR=0': { tty: true, env: { FORCE_COLOR: '0' } },
  colour: { tty: true, env: {}, allowed: PROGRAM_SGR },
};

/** One command whose terminal output is checked. */
interface Row {
  name: string;
  args: (f: HostileFiles) => string[];
  code: number;
  /** Text the output must show: hostile fields, with their control sequences gone. */
  shows: (f: HostileFiles) => string[];
  /** JSON keeps the text of the sequences as data (escaped), so only raw control characters are checked. */
  keepsData?: boolean;
  /** Whether the command colours its output on a terminal. */
  coloured?: boolean;
  /** Keys to send once a text appears (an interactive command); such a row runs on a terminal only. */
  keys?: { after: string; send: string }[];
  /** Further checks once the command has run. */
  then?: (f: HostileFiles) => void;
}

const ROWS: Row[] = [
  { name: 'list', args: () => ['list'], code: 0, shows: () => [`Report fixture checklist${SAFE}`] },
  {
    name: 'list --json (the title kept exactly, as \\u escapes)',
    args: () => ['list', '--json'],
    code: 0,
    keepsData: true,
    shows: () => [asJson(`Report fixture checklist${HOSTILE}`)],
  },
  {
    name: 'show',
    args: (f) => ['show', f.checklist],
    code: 0,
    shows: () => [
      `PREVENTION${SAFE.toUpperCase()}`,
      `Legal framework${SAFE}`,
      `Practitioners' handbook (no numbered paragraphs)${SAFE}`,
    ],
  },
  {
    name: 'show -f md',
    args: (f) => ['show', f.checklist, '-f', 'md'],
    code: 0,
    shows: () => ['Legal framework·', 'Check the civil code.', 'On paper only·', 'Most·'],
  },
  {
    name: 'validate',
    args: (f) => ['validate', f.checklist, f.answers, f.invalid, f.invalidName],
    code: 1,
    shows: () => ['is not a level of PRV-LAW-01', 'invalid-.yaml:'],
    coloured: true,
  },
  {
    name: 'validate -f github',
    args: (f) => ['validate', '-f', 'github', f.invalid, f.invalidName, f.checklist],
    code: 1,
    shows: () => ['::error file=', 'is not a level of PRV-LAW-01'],
  },
  {
    name: 'score',
    args: (f) => ['score', f.answers, '--checklist', f.checklist],
    code: 0,
    shows: () => [`Examplia${SAFE}, Ministry${SAFE}`, `Initial${SAFE}`, `Report fixture checklist${SAFE}`],
    coloured: true,
  },
  {
    name: 'score -f json',
    args: (f) => ['score', f.answers, '--checklist', f.checklist, '-f', 'json'],
    code: 0,
    keepsData: true,
    shows: () => [asJson(`Examplia${HOSTILE}`)],
  },
  {
    name: 'report -f md (the brief)',
    args: (f) => ['report', f.answers, '--checklist', f.checklist],
    code: 0,
    shows: () => [
      `Examplia${SAFE}`,
      `Is there a national child helpline?${SAFE}`,
      `Set up a free national child helpline.${SAFE}`,
    ],
  },
  {
    // Notes, evidence and reasons not applicable are in the annex of the full report only.
    name: 'report -f md --detail full',
    args: (f) => ['report', f.answers, '--checklist', f.checklist, '--detail', 'full'],
    code: 0,
    shows: () => [
      `Examplia${SAFE}`,
      `Civil code${SAFE}`,
      `Civil Code art. 14${SAFE}`,
      `Assessed separately${SAFE}`,
    ],
  },
  {
    name: 'compare -f md',
    args: (f) => ['compare', f.answers, f.other, '--checklist', f.checklist],
    code: 0,
    shows: () => [`Examplia${SAFE}`, `Ministry${SAFE}`],
  },
  {
    name: 'assess, resuming (country, organisation and notes as prompt defaults)',
    args: (f) => ['assess', f.checklist, '-o', f.answers],
    code: 130,
    keys: [
      { after: 'Country', send: ENTER },
      { after: 'Organization', send: ENTER },
      { after: 'Your name', send: ENTER },
      { after: 'Your role', send: ENTER },
      { after: 'Date of the assessment', send: ENTER },
      { after: 'Your answer (PRV-LAW-02)', send: `6${ENTER}` }, // Back, to an answer with notes and evidence
      { after: 'Your answer (PRV-LAW-01)', send: `1${ENTER}` },
      { after: 'Notes', send: ENTER },
      { after: 'Evidence: title', send: CTRL_C },
    ],
    // Enter keeps the stored notes as they were: only what the screen shows of them is sanitised.
    then: (f) => {
      expect(parse(readFileSync(f.answers, 'utf8'))).toMatchObject({
        answers: { 'PRV-LAW-01': { notes: `Civil code${HOSTILE}` } },
      });
    },
    shows: () => [
      `(Examplia${SAFE})`,
      `(Ministry${SAFE})`,
      `(Civil code${SAFE})`,
      `grooming of children?${SAFE}`,
      `Not in place${SAFE}`,
    ],
  },
];

/** Runs a command in-process with a stdout that claims to be a terminal (or not), typing `keys` as prompts appear. */
async function run(
  row: Row,
  files: HostileFiles,
  mode: Mode,
): Promise<{ code: number; output: string; stdout: string }> {
  let output = '';
  let stdoutOnly = '';
  let waiting: (() => void) | undefined;
  const stdout = Object.assign(
    new Writable({
      write(chunk: Buffer | string, _encoding, done) {
        output += chunk.toString();
        stdoutOnly += chunk.toString();
        waiting?.();
        done();
      },
    }),
    // Like process.stdout, a terminal is not closed when a prompt that writes to it ends.
    { isTTY: MODES[mode].tty, columns: 100, end: () => undefined },
  );
  const stdin = Object.assign(new PassThrough(), { isTTY: row.keys !== undefined });
  const type = async (): Promise<void> => {
    let from = 0;
    for (const key of row.keys ?? []) {
      while (!output.slice(from).includes(key.after))
        await new Promise<void>((resolve) => (waiting = resolve));
      from = output.length;
      // The prompt listens for keys once it has drawn itself; a person does not type faster than that either.
      await new Promise((resolve) => setTimeout(resolve, 30));
      stdin.write(key.send);
    }
  };
  const typing = type();
  const code = await main(row.args(files), {
    stdout,
    stderr: { write: (s: string) => (output += s) },
    stdin,
    env: MODES[mode].env,
    cwd: files.dir,
  });
  if (row.keys) await typing;
  return { code, output, stdout: stdoutOnly };
}

describe('issue 12 point 17: control sequences from input files never reach the terminal', () => {
  let files: HostileFiles;
  beforeAll(() => {
    files = writeHostileFiles();
    hostile.files = files;
  });

  const cases = ROWS.flatMap((row) =>
    (row.keys ? (['colour'] as Mode[]) : (Object.keys(MODES) as Mode[])).map((mode) => ({ row, mode })),
  );
  it.each(cases)(
    '12.17: $row.name ($mode)',
    async ({ row, mode }) => {
      const { code, output } = await run(row, files, mode);
      expect(code, output).toBe(row.code);
      const allowed = row.keys ? PROMPT_LIBRARY : MODES[mode].allowed;
      const rest = allowed ? output.replace(allowed, '') : output;
      expect(rest).not.toMatch(FORBIDDEN);
      if (!row.keepsData) expect(output).not.toMatch(RESIDUE);
      for (const text of row.shows(files)) expect(rest).toContain(text);
      if (row.coloured && mode === 'colour') expect(output).toMatch(PROGRAM_SGR);
      row.then?.(files);
    },
    20_000,
  );
});

describe('issue 12 point 17: files and formats that escape their own text', () => {
  let files: HostileFiles;
  beforeAll(() => {
    files = writeHostileFiles();
  });
  const report = (format: string, output?: string) =>
    run(
      {
        name: format,
        args: (f) => [
          'report',
          f.answers,
          '--checklist',
          f.checklist,
          '-f',
          format,
          ...(output ? ['-o', output] : []),
        ],
        code: 0,
        shows: () => [],
      },
      files,
      'colour',
    );

  it('12.17: report -f md -o file carries no control characters, and matches what stdout shows', async () => {
    const shown = await report('md');
    await report('md', 'report.md');
    const written = readFileSync(join(files.dir, 'report.md'), 'utf8');
    expect(written).not.toMatch(FORBIDDEN);
    expect(written).not.toMatch(RESIDUE);
    expect(written).toBe(shown.stdout);
  });

  it.each(['json', 'html'])(
    '12.17: report -f %s carries no control characters either, and stdout is the file, byte for byte',
    async (format) => {
      const shown = await report(format);
      await report(format, `report.${format}`);
      expect(shown.stdout).toBe(readFileSync(join(files.dir, `report.${format}`), 'utf8'));
      expect(shown.output).not.toMatch(FORBIDDEN);
    },
  );

  it('12.17: report -f json keeps the answers exactly, control characters as \\u escapes', async () => {
    const view = JSON.parse((await report('json')).stdout) as unknown;
    expect(JSON.stringify(view)).toContain(JSON.stringify(`Civil code${HOSTILE}`).slice(1, -1));
  });
});

describe('issue 12 point 17: the interview in a real pseudo-terminal (node dist/cli.js)', () => {
  it('12.17: resuming shows hostile defaults, question text and answer labels without their control sequences', async () => {
    const files = writeHostileFiles();
    const result = await drivePty(['assess', files.checklist, '-o', files.answers], files.dir, [
      { expect: 'Country', send: ENTER },
      { expect: 'Organization', send: ENTER },
      { expect: 'Your name', send: ENTER },
      { expect: 'Your role', send: ENTER },
      { expect: 'Date of the assessment', send: ENTER },
      { expect: '\\(PRV-LAW-02\\)', send: `6${ENTER}` },
      { expect: '\\(PRV-LAW-01\\)', send: `1${ENTER}` },
      { expect: 'Notes', send: ENTER },
      { expect: 'Evidence: title', send: CTRL_C },
    ]);
    expect(result.stepsSeen).toBe(9);
    expect(result.status).toBe(130);
    // The terminal driver turns each newline into CR LF; what is left besides the prompt library's own
    // cursor and colour sequences must be plain text.
    const rest = result.raw.replace(/\r\n/g, '\n').replace(PROMPT_LIBRARY, '');
    expect(rest).not.toMatch(FORBIDDEN);
    expect(result.raw).not.toMatch(RESIDUE);
    for (const text of [
      `(Examplia${SAFE})`,
      `(Ministry${SAFE})`,
      `(Civil code${SAFE})`,
      `Not in place${SAFE}`,
    ])
      expect(rest).toContain(text);
  }, 60_000);
});
