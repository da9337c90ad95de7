import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DEFAULT_CHECKLIST, loadChecklist } from '../../src/open/checklists.js';
import { repoRoot, runCli, type RunOptions } from './validate-harness.js';

const V = 'test/fixtures/checklists/valid';
const I = 'test/fixtures/checklists/invalid';
const A = 'test/fixtures/answers';

/** A scratch folder for inputs that depend on the bundled checklist or are written on purpose. */
const scratch = mkdtempSync(join(tmpdir(), 'opsc-cases-'));
afterAll(() => {
  rmSync(scratch, { recursive: true, force: true });
});
const bundled = await loadChecklist(DEFAULT_CHECKLIST, repoRoot);
if (!bundled.ok) throw new Error(bundled.message);
const firstQuestion = bundled.index.questions[0]?.question.id ?? '';
const bundledAnswers = join(scratch, 'bundled-answers.yaml');
writeFileSync(
  bundledAnswers,
  `format: opsc-audit/answers@1\nchecklist: { id: ${DEFAULT_CHECKLIST}, version: ${bundled.checklist.version} }\n` +
    `respondent: {}\nanswers:\n  ${firstQuestion}: { unknown: true }\n  NOT-A-QUESTION-1: { unknown: true }\n`,
);
/** Answers for the checklist id "broken", which test/fixtures/checklists/invalid/unknown-theme.yaml declares. */
const answersForBroken = join(scratch, 'answers-for-broken.yaml');
writeFileSync(
  answersForBroken,
  'format: opsc-audit/answers@1\nchecklist: { id: broken, version: 1.0.0 }\nrespondent: {}\nanswers: {}\n',
);
const evilTitle = join(scratch, 'evil-title.yaml');
writeFileSync(
  evilTitle,
  readFileSync(join(repoRoot, V, 'minimal.yaml'), 'utf8').replace(
    'title: Minimal checklist',
    'title: "\\e[2J\\e]0;pwned\\aMinimal \\e[31mchecklist"',
  ),
);

interface Case {
  name: string;
  args: string[];
  code: 0 | 1 | 2;
  stdout?: (string | RegExp)[];
  stderr?: (string | RegExp)[];
  /** Output that must not appear on either stream. */
  absent?: (string | RegExp)[];
  options?: RunOptions;
}

const ESC = '\u001b';

const cases: Case[] = [
  // validate: exit 0
  {
    name: 'a valid checklist',
    args: ['validate', `${V}/minimal.yaml`],
    code: 0,
    stdout: ['✔ 1 file checked, no problems\n'],
  },
  {
    name: 'a glob of valid checklists',
    args: ['validate', `${V}/*.yaml`],
    code: 0,
    stdout: ['✔ 5 files checked, no problems'],
  },
  {
    name: 'warnings alone pass',
    args: ['validate', `${I}/empty-pillar.yaml`],
    code: 0,
    stdout: [/warning empty-pillar/, '1 problem (0 errors, 1 warning)'],
  },
  {
    name: 'answers with --checklist',
    args: ['validate', `${A}/valid/all-kinds.yaml`, '--checklist', `${V}/all-kinds.yaml`],
    code: 0,
    stdout: ['✔ 1 file checked'],
  },
  {
    name: 'answers with their checklist on the same command line',
    args: ['validate', `${A}/valid/all-kinds.yaml`, `${V}/all-kinds.yaml`],
    code: 0,
    stdout: ['✔ 2 files checked'],
  },
  {
    name: 'answers whose checklist is bundled, found by id',
    args: ['validate', bundledAnswers],
    code: 1,
    stdout: [/:6:3 error unknown-question question "NOT-A-QUESTION-1" is not in sr-practical-approach-2022/],
  },
  // validate: exit 1
  {
    name: '--strict makes warnings fail',
    args: ['validate', '--strict', `${I}/empty-pillar.yaml`],
    code: 1,
    stdout: [/warning empty-pillar/],
  },
  {
    name: 'an invalid checklist',
    args: ['validate', `${I}/duplicate-id-question.yaml`],
    code: 1,
    stdout: [
      `${I}/duplicate-id-question.yaml:24:13 error duplicate-id question id "Q-1" is already used in section "s1"`,
      '✖ 1 problem (1 error, 0 warnings) in 1 file',
    ],
  },
  {
    name: 'several files in one run, valid and invalid',
    args: ['validate', `${V}/minimal.yaml`, `${I}/unknown-theme.yaml`, `${I}/when-cycle.yaml`],
    code: 1,
    stdout: ['✖ 3 problems (3 errors, 0 warnings) in 3 files'],
  },
  {
    name: 'answers against the wrong --checklist',
    args: ['validate', `${A}/valid/minimal.yaml`, '--checklist', `${V}/all-kinds.yaml`],
    code: 1,
    stdout: [
      /error checklist-mismatch answers are for checklist "minimal", but were checked against "all-kinds"/,
    ],
  },
  {
    name: 'answers whose checklist is in the run but broken: only the checklist is reported',
    args: ['validate', answersForBroken, `${I}/unknown-theme.yaml`],
    code: 1,
    stdout: ['unknown-theme', '✖ 1 problem (1 error, 0 warnings) in 2 files'],
    absent: ['checklist-not-found'],
  },
  {
    name: 'answers naming a checklist neither bundled nor in the run: checklist-not-found',
    args: ['validate', answersForBroken],
    code: 1,
    stdout: [/error checklist-not-found .*"broken"/],
  },
  {
    name: 'json format',
    args: ['validate', '-f', 'json', `${I}/unknown-source.yaml`],
    code: 1,
    stdout: ['"code": "unknown-source"', '"line": 23', '"col": 29', '"errorCount": 1'],
  },
  {
    name: 'github format',
    args: ['validate', '-f', 'github', `${I}/unknown-source.yaml`, `${I}/empty-pillar.yaml`],
    code: 1,
    stdout: [
      `::error file=${I}/unknown-source.yaml,line=23,col=29,title=unknown-source::source "A/HRC/31/58"`,
      `::warning file=${I}/empty-pillar.yaml,line=14,col=23,title=empty-pillar::`,
    ],
  },
  {
    name: 'sarif format',
    args: ['validate', '--format', 'sarif', `${I}/unknown-source.yaml`],
    code: 1,
    stdout: ['"version": "2.1.0"', '"ruleId": "unknown-source"', '"startLine": 23'],
  },
  {
    name: 'an absolute glob: github annotations name files relative to the working folder',
    args: ['validate', '-f', 'github', join(repoRoot, I, 'band-*.yaml')],
    code: 1,
    stdout: [`::error file=${I}/band-order.yaml,line=13,col=12,title=band-order::`],
  },
  // terminal safety and colour
  {
    name: 'control characters from files never reach the terminal (text)',
    args: ['validate', `${I}/control-chars-key.yaml`, `${I}/control-chars-para.yaml`],
    code: 1,
    stdout: ['unknown key "weigth"', 'paragraph "12x" should be'],
    absent: [ESC, '\u0007', '0;pwned'],
  },
  {
    name: 'control characters from files never reach the terminal (github)',
    args: ['validate', '-f', 'github', `${I}/control-chars-para.yaml`],
    code: 1,
    stdout: ['paragraph "12x"'],
    absent: [ESC, '\u0007'],
  },
  {
    name: 'colour on a terminal',
    args: ['validate', `${I}/unknown-source.yaml`],
    code: 1,
    stdout: [`${ESC}[31merror${ESC}[39m`],
    options: { tty: true },
  },
  {
    name: 'no colour with NO_COLOR',
    args: ['validate', `${I}/unknown-source.yaml`],
    code: 1,
    absent: [ESC],
    options: { tty: true, env: { NO_COLOR: '1' } },
  },
  {
    name: 'no colour when not a terminal',
    args: ['validate', `${I}/unknown-source.yaml`],
    code: 1,
    absent: [ESC],
  },
  {
    name: 'no colour in machine formats, even on a terminal',
    args: ['validate', '-f', 'json', `${I}/unknown-source.yaml`],
    code: 1,
    absent: [ESC],
    options: { tty: true },
  },
  // validate: exit 2
  {
    name: 'a missing file',
    args: ['validate', 'nope.yaml'],
    code: 2,
    stderr: ['opsc-audit: nope.yaml: no such file\n'],
    absent: ['files checked'],
  },
  {
    name: 'every file unreadable: nothing on stdout',
    args: ['validate', 'nope.yaml', 'test'],
    code: 2,
    stderr: ['nope.yaml: no such file', 'test: is a directory, not a file'],
  },
  {
    name: 'every file unreadable, json: still a report',
    args: ['validate', '-f', 'json', 'nope.yaml'],
    code: 2,
    stdout: ['"errorCount": 0'],
  },
  {
    name: 'a glob that matches nothing',
    args: ['validate', 'test/fixtures/nothing-*.yaml'],
    code: 2,
    stderr: ['opsc-audit: no files match "test/fixtures/nothing-*.yaml"'],
  },
  {
    name: 'a bad -f value',
    args: ['validate', '-f', 'xml', `${V}/minimal.yaml`],
    code: 2,
    stderr: [/opsc-audit: option '-f, --format <format>' argument 'xml' is invalid/],
  },
  { name: 'no file given', args: ['validate'], code: 2, stderr: [/missing required argument 'file'/] },
  {
    name: 'an unknown option',
    args: ['validate', '--nope', `${V}/minimal.yaml`],
    code: 2,
    stderr: [/unknown option '--nope'/],
  },
  {
    name: '--checklist that does not exist',
    args: ['validate', `${A}/valid/minimal.yaml`, '--checklist', 'missing.yaml'],
    code: 2,
    stderr: [/opsc-audit: --checklist .*missing\.yaml: no such file/],
  },
  {
    name: '--checklist that has errors: its diagnostics, then one line',
    args: ['validate', `${A}/valid/minimal.yaml`, '--checklist', `${I}/unknown-theme.yaml`],
    code: 2,
    stderr: [
      /unknown-theme\.yaml:23:26 error unknown-theme/,
      /opsc-audit: --checklist .* the checklist has errors/,
    ],
  },
  // usage
  {
    name: 'an unknown command',
    args: ['frobnicate'],
    code: 2,
    stderr: [/opsc-audit: unknown command 'frobnicate'/],
  },
  { name: 'no command at all', args: [], code: 2, stderr: ['Usage: opsc-audit', 'validate'] },
  { name: '--help', args: ['--help'], code: 0, stdout: ['Usage: opsc-audit', 'validate'] },
  { name: 'validate --help', args: ['validate', '--help'], code: 0, stdout: ['--strict', '--checklist'] },
  // list and show
  {
    name: 'list',
    args: ['list'],
    code: 0,
    stdout: [
      /^ID\s+VERSION\s+QUESTIONS\s+TITLE\n/,
      new RegExp(`^${DEFAULT_CHECKLIST}\\s+\\d+\\.\\d+\\.\\d+\\s+\\d+\\s+\\S`, 'm'),
    ],
  },
  {
    name: 'list --json',
    args: ['list', '--json'],
    code: 0,
    stdout: [`"id": "${DEFAULT_CHECKLIST}"`, '"questions": '],
  },
  {
    name: 'list with an unknown option',
    args: ['list', '--yaml'],
    code: 2,
    stderr: [/unknown option '--yaml'/],
  },
  {
    name: 'show a checklist file',
    args: ['show', `${V}/minimal.yaml`],
    code: 0,
    stdout: ['Minimal checklist', 'PRV-LAW-01'],
  },
  {
    name: 'show a bundled checklist by id',
    args: ['show', DEFAULT_CHECKLIST],
    code: 0,
    stdout: [firstQuestion],
  },
  {
    name: 'show strips control characters from titles',
    args: ['show', evilTitle],
    code: 0,
    stdout: ['Minimal checklist'],
    absent: [ESC, '\u0007'],
  },
  {
    name: 'show an unknown bundled id',
    args: ['show', 'no-such-checklist'],
    code: 2,
    stderr: [
      'opsc-audit: no bundled checklist "no-such-checklist" (see: opsc-audit list), and no file by that name\n',
    ],
  },
  {
    name: 'show an invalid checklist',
    args: ['show', `${I}/unknown-theme.yaml`],
    code: 2,
    stderr: [/unknown-theme\.yaml:23:26 error unknown-theme/, /the checklist has errors/],
  },
  {
    name: 'show with no argument',
    args: ['show'],
    code: 2,
    stderr: [/missing required argument 'checklist'/],
  },
  {
    name: 'show with a bad -f value',
    args: ['show', `${V}/minimal.yaml`, '-f', 'rtf'],
    code: 2,
    stderr: [/argument 'rtf' is invalid\. Allowed choices are text, md, html, pdf, docx\./],
  },
];

describe('CLI cases, in-process through main()', () => {
  it('cover every exit code of validate, list and show', () => {
    expect(new Set(cases.map((c) => c.code))).toEqual(new Set([0, 1, 2]));
  });

  it.each(cases.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const run = await runCli(c.args, c.options);
    const context = `stdout:\n${run.stdout}\nstderr:\n${run.stderr}`;
    for (const s of c.stdout ?? []) {
      if (typeof s === 'string') expect(run.stdout, context).toContain(s);
      else expect(run.stdout, context).toMatch(s);
    }
    for (const s of c.stderr ?? []) {
      if (typeof s === 'string') expect(run.stderr, context).toContain(s);
      else expect(run.stderr, context).toMatch(s);
    }
    for (const s of c.absent ?? []) {
      if (typeof s === 'string') expect(run.stdout + run.stderr).not.toContain(s);
      else expect(run.stdout + run.stderr).not.toMatch(s);
    }
    if (!c.stdout)
      expect(run.stdout.trim() === '' || c.code === 0 || (c.absent?.length ?? 0) > 0, context).toBe(true);
    expect(run.stdout + run.stderr).not.toMatch(/\n\s+at \S+ \(|opsc-audit: internal error/);
    expect(run.code, context).toBe(c.code);
  });
});
