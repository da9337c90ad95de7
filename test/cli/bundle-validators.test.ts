import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

// The installed program checks files with the validators compiled at build time (scripts/build-validators.mjs),
// not with ajv at run time as the in-process tests do: what the build rewrites in them is checked here.
const root = join(import.meta.dirname, '..', '..');
const cli = join(root, 'dist', 'cli.js');
const dir = mkdtempSync(join(tmpdir(), 'opsc-validators-'));
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});
const minimal = readFileSync(join(root, 'test/fixtures/checklists/valid/minimal.yaml'), 'utf8');

/** `validate` of the minimal checklist with `from` replaced by `to`. */
function validateReplacing(
  name: string,
  from: string,
  to: string,
): { status: number | null; stdout: string } {
  const file = join(dir, name);
  const content = minimal.replace(from, to);
  expect(content).not.toBe(minimal);
  writeFileSync(file, content);
  const run = spawnSync(process.execPath, [cli, 'validate', file], {
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  });
  return { status: run.status, stdout: run.stdout };
}

/** `validate` of the minimal checklist with its first question's text replaced. */
function validateWithText(name: string, text: string): { status: number | null; stdout: string } {
  return validateReplacing(name, 'text: Is 18 the minimum age of marriage?', `text: ${text}`);
}

describe('the built validators count characters as the schema does (code points)', () => {
  it('accepts a question text of 20,000 characters written with characters outside the BMP', () => {
    // 20,000 code points, 40,000 UTF-16 units: the limit is met, not passed.
    const run = validateWithText('emoji-at-limit.yaml', '😀'.repeat(20000));
    expect(run.stdout).toMatch(/no problems/);
    expect(run.status).toBe(0);
  });

  it('refuses one character more, and a plain text over the limit', () => {
    const emoji = validateWithText('emoji-over.yaml', '😀'.repeat(20001));
    expect(emoji.stdout).toMatch(
      /emoji-over\.yaml:27:15 error schema "text" is longer than the limit of 20000 characters$/m,
    );
    expect(emoji.status).toBe(1);
    const plain = validateWithText('plain-over.yaml', 'a'.repeat(20001));
    expect(plain.stdout).toMatch(/plain-over\.yaml:27:15 error schema "text" is longer than the limit/m);
    expect(plain.status).toBe(1);
  });

  it('counts a lone surrogate escape as one character', () => {
    const run = validateWithText('lone.yaml', `"${'\\ud83d'.repeat(1)}${'a'.repeat(19999)}"`);
    expect(run.stdout).toMatch(/no problems/);
    expect(run.status).toBe(0);
  });

  it('checks lengths at the bounds: an empty text is refused, one character outside the BMP is accepted', () => {
    // minLength 1: "" has no character; "😀" is two UTF-16 units but one character.
    const empty = validateWithText('empty.yaml', '""');
    expect(empty.stdout).toMatch(/empty\.yaml:27:15 error schema "text" /m);
    expect(empty.status).toBe(1);
    const one = validateWithText('one-emoji.yaml', '😀');
    expect(one.stdout).toMatch(/no problems/);
    expect(one.status).toBe(0);
    // 20,000 characters exactly, plain: the limit is met by the length alone.
    const plain = validateWithText('plain-at.yaml', 'a'.repeat(20000));
    expect(plain.stdout).toMatch(/no problems/);
  });
});

describe('the built validators count an object’s keys as the schema does', () => {
  const text = 'text: Is 18 the minimum age of marriage?';
  const when = 'when: { question: PRV-HOT-01, equals: yes }';

  it.each([
    ['a language map without a language', 'empty-map.yaml', text, 'text: {}', 27],
    ['a condition with no comparison', 'no-comparison.yaml', when, 'when: { question: PRV-HOT-01 }', 39],
    [
      'a condition with two comparisons',
      'two-comparisons.yaml',
      when,
      'when: { question: PRV-HOT-01, equals: yes, in: [yes] }',
      39,
    ],
  ])('refuses %s', (_, name, from, to, line) => {
    const run = validateReplacing(name, from, to);
    expect(run.stdout).toContain(`${name}:${line}:`);
    expect(run.stdout).toMatch(/ error schema /);
    expect(run.status).toBe(1);
  });

  it.each([
    [
      'a language map with one language',
      'one-language.yaml',
      text,
      'text: { en: Is 18 the minimum age of marriage? }',
    ],
    [
      'a condition with one comparison',
      'answered.yaml',
      when,
      'when: { question: PRV-HOT-01, answered: true }',
    ],
  ])('takes %s', (_, name, from, to) => {
    const run = validateReplacing(name, from, to);
    expect(run.stdout).toMatch(/no problems/);
    expect(run.status).toBe(0);
  });
});
