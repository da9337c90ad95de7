import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it, vi } from 'vitest';
import { main } from '../../src/main.js';
import type { Io } from '../../src/model/io.js';
import { formatDiagnosticLine } from '../../src/diagnostics/line.js';
import { repoRoot } from './validate-harness.js';

// Every line the formatter makes carries this mark here, so a diagnostic line printed any other way shows up.
const MARK = '«one»';
vi.mock('../../src/diagnostics/line.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/diagnostics/line.js')>();
  return {
    formatDiagnosticLine: (...args: Parameters<typeof real.formatDiagnosticLine>) =>
      `${MARK}${real.formatDiagnosticLine(...args)}`,
  };
});

const ESC = '\u001b';
const CHECKLIST = join(repoRoot, 'test/fixtures/checklists/valid/minimal.yaml');
/** A file name and an answer level full of terminal control and line breaks. */
const NAME = `evil\n${ESC}]0;pwned\u0007name.yaml`;
const LEVEL = `"${ESC}[2Jnever\\nagain${ESC}]52;c;eA==\\u0007"`;

function scratch(text: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'opsc-line-'));
  writeFileSync(join(dir, NAME), text);
  return dir;
}

const brokenAnswers = readFileSync(
  join(repoRoot, 'test/fixtures/answers/valid/minimal.yaml'),
  'utf8',
).replace('level: none', `level: ${LEVEL}`);
const syntaxError =
  'format: opsc-audit/answers@1\nchecklist: { id: minimal, version: 1.0.0 }\nrespondent: {}\nanswers:\n' +
  `  PRV-LAW-01:\n    level partial\n    notes: "${ESC}[31mlost colon"\n`;

async function run(args: string[], cwd: string): Promise<string> {
  let text = '';
  const io: Io = {
    stdout: { write: (s: string) => (text += s), isTTY: false },
    stderr: { write: (s: string) => (text += s) },
    stdin: Object.assign(Readable.from([]), { isTTY: true }),
    env: {},
    cwd,
  };
  await main(args, io);
  return text;
}

const cases: { command: string; text: string; args: string[] }[] = [
  { command: 'validate', text: brokenAnswers, args: ['validate', NAME, '--checklist', CHECKLIST] },
  { command: 'score', text: brokenAnswers, args: ['score', NAME, '--checklist', CHECKLIST] },
  { command: 'report', text: brokenAnswers, args: ['report', NAME, '--checklist', CHECKLIST] },
  { command: 'compare', text: brokenAnswers, args: ['compare', NAME, NAME, '--checklist', CHECKLIST] },
  { command: 'assess', text: syntaxError, args: ['assess', CHECKLIST, '-o', NAME] },
];

describe('every diagnostic line comes from formatDiagnosticLine, sanitised', () => {
  it.each(cases)('$command', async ({ text, args }) => {
    const output = await run(args, scratch(text));
    const lines = output.split('\n').filter((l) => /:\d+:\d+ (error|warning) /.test(l));
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) {
      // Marked, and the file name's line break is a space: the whole name is on the diagnostic's one line.
      expect(line).toMatch(new RegExp(`^${MARK}evil name\\.yaml:\\d+:\\d+ (error|warning) `));
    }
    if (text === brokenAnswers) expect(output).toContain('"never again" is not a level');
    expect(output).not.toContain(ESC);
    expect(output).not.toContain('\u0007');
  });
});

describe('formatDiagnosticLine', () => {
  const hostile = {
    code: `unknown-level\n${ESC}[31m` as 'unknown-level',
    severity: 'error' as const,
    message: `bad\r\nthing ${ESC}]0;title\u0007 here`,
    file: `a\nb${ESC}[2J.yaml`,
    line: 3,
    col: 7,
  };

  it('prints file:line:col severity code message on one line, control stripped from every piece', () => {
    expect(formatDiagnosticLine(hostile)).toBe(`${MARK}a b.yaml:3:7 error unknown-level bad thing here`);
  });

  it('shows a position that is not a positive whole number as 1', () => {
    const line = formatDiagnosticLine({ ...hostile, line: Number.NaN, col: 0 });
    expect(line).toContain('a b.yaml:1:1 error');
  });
});
