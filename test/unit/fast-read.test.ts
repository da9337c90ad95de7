import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeAnswers, makeChecklist, toYaml } from '../../bench/generate.mjs';
import { fastParsed } from '../../src/parse/fast-parse.js';
import { LIMITS } from '../../src/parse/limits.js';
import { parseExactYaml } from '../../src/parse/parse-yaml.js';
import type { ParsedYaml } from '../../src/parse/parsed.js';
import { locateDiffers } from '../helpers/locate-differs.js';
import { repoRoot } from '../cli/validate-harness.js';

const yamlFiles = (dir: string): string[] =>
  readdirSync(join(repoRoot, dir), { recursive: true, encoding: 'utf8' })
    .filter((n) => n.endsWith('.yaml'))
    .sort()
    .map((n) => join(dir, n));

/** The files users read most: each must take the fast path, or the speed is silently lost. */
const mustBeFast: [string, string][] = [
  ...yamlFiles('checklists').map((f): [string, string] => [f, readFileSync(join(repoRoot, f), 'utf8')]),
  ...yamlFiles('examples').map((f): [string, string] => [f, readFileSync(join(repoRoot, f), 'utf8')]),
  ['bench checklist (120 questions)', toYaml(makeChecklist(120))],
  ['bench answers (120 questions)', toYaml(makeAnswers(120, { digest: 'sha256:' + '0'.repeat(64) }))],
];

describe('issue 17: the fast reader', () => {
  it.each(mustBeFast)('reads %s itself, with the same data as the yaml package', (_, text) => {
    const fast = fastParsed(text);
    expect(fast).toBeDefined();
    const exact = parseExactYaml(text);
    expect(exact.problems).toEqual([]);
    expect(fast?.data).toEqual(exact.data);
  });

  it.each(mustBeFast)('locates every path of %s where the exact parser does', (_, text) => {
    const fast = fastParsed(text);
    if (!fast) throw new Error('declined');
    expect(locateDiffers(fast, parseExactYaml(text), fast.data)).toEqual([]);
  });

  it('reads a bench checklist with a CRLF line ending, a byte-order mark and a leading ---', () => {
    const text = '\ufeff# comment\r\n---\r\n' + toYaml(makeChecklist(12)).replace(/\n/g, '\r\n');
    const fast = fastParsed(text);
    expect(fast).toBeDefined();
    const exact = parseExactYaml(text);
    expect(fast?.data).toEqual(exact.data);
    expect(locateDiffers(fast as ParsedYaml, exact, fast?.data)).toEqual([]);
  });

  it('never accepts a fixture the exact parser finds a problem in, and agrees on every one it reads', () => {
    let read = 0;
    for (const file of yamlFiles('test/fixtures')) {
      const text = readFileSync(join(repoRoot, file), 'utf8');
      const fast = fastParsed(text);
      if (!fast) continue;
      read++;
      const exact = parseExactYaml(text);
      const name = relative(repoRoot, join(repoRoot, file));
      expect(exact.problems, name).toEqual([]);
      expect(fast.data, name).toEqual(exact.data);
      expect(locateDiffers(fast, exact, fast.data), name).toEqual([]);
    }
    expect(read).toBeGreaterThan(100);
  });

  it.each([
    ['an anchor and an alias', 'a: &x 1\nb: *x\n'],
    ['a tag', 'a: !!str 1\n'],
    ['a directive', '%YAML 1.2\n---\na: 1\n'],
    ['a complex key', '? a\n: 1\n'],
    ['a duplicate key', 'a: 1\na: 2\n'],
    ['a prototype key', 'a:\n  __proto__: 1\n'],
    ['a constructor key in a flow mapping', 'a: { constructor: 1 }\n'],
    ['an empty key', '"": 1\n'],
    ['a null key', '~: 1\n'],
    ['a number key', '1: a\n'],
    ['a tab in the indentation', 'a:\n\tb: 1\n'],
    ['two documents', 'a: 1\n---\nb: 2\n'],
    ['a document end marker', 'a: 1\n...\n'],
    ['a list at the top', '- a\n'],
    ['a scalar at the top', 'a\n'],
    ['a flow collection over two lines', 'a: [1,\n  2]\n'],
    ['a multi-line quoted scalar', 'a: "x\n  y"\n'],
    ['a mapping in a plain scalar', 'a: b: c\n'],
    ['odd indentation', 'a:\n    b: 1\n  c: 2\n'],
    ['a block scalar with keep chomping', 'a: |+\n  x\n\n'],
    ['a block scalar with an indentation indicator', 'a: |2\n   x\n'],
    ['nesting past the limit', `a: ${'['.repeat(70)}${']'.repeat(70)}\n`],
    ['a missing final line break', 'a: 1'],
    ['a lone carriage return', 'a: 1\rb: 2\n'],
    ['a control character', 'a: b\x01c\n'],
  ])('leaves %s to the other readers', (_, text) => {
    expect(fastParsed(text)).toBeUndefined();
  });
});

describe('issue 17: scalars read with native searches agree with the yaml package', () => {
  it.each([
    ['literal lines, one more indented', 'a: |\n  one\n    two\n  three\nb: 1\n'],
    ['literal with an empty line', 'a: |\n  one\n\n  two\n'],
    ['literal with a line of fewer spaces', 'a: |\n  one\n \n  two\n'],
    ['literal with a line of as many spaces', 'a: |-\n  one\n  \n  two\n'],
    ['literal ending in empty lines', 'a: |\n  one\n  two\n\n\nb: 2\n'],
    ['literal in CRLF, with an empty line', 'a: |\r\n  one\r\n\r\n    two\r\nb: 1\r\n'],
    ['literal of one line, stripped', 'a: |-\n  only\nb: x\n'],
    ['literal under a list, deeper', 'l:\n  - |\n      x: 1\n      # not a comment\n  - y\n'],
    ['folded with an empty line', 'a: >\n  one\n  two\n\n  three\n'],
    ['a plain scalar with a comment', 'a: some text # a comment: with a colon\n'],
    ['a plain scalar with colons not before a space', 'a: http://x.org/a:b c:d\n'],
    ['a plain scalar with a hash not after a space', 'a: C# and F#\n'],
    ['a plain scalar over lines, a colon inside', 'a: one:two\n  three\n'],
    ['a plain scalar with trailing spaces', 'a: text   \nb: 1\n'],
    ['a plain scalar with trailing spaces before a comment', 'a: text    # c\n'],
  ])('%s', (_, text) => {
    const fast = fastParsed(text);
    expect(fast).toBeDefined();
    const exact = parseExactYaml(text);
    expect(exact.problems).toEqual([]);
    expect(fast?.data).toEqual(exact.data);
    expect(locateDiffers(fast as ParsedYaml, exact, fast?.data)).toEqual([]);
  });

  it.each([
    ['a colon before a space', 'a: b: c\n'],
    ['a colon ending the line', 'a: b:\n'],
    ['a colon ending the line before spaces', 'a: b:   \n'],
    ['a colon before a comment', 'a: b: # c\n'],
    ['a colon ending a CRLF line', 'a: b:\r\nc: 1\r\n'],
    ['a colon ending the text', 'x: 1\na: b:'],
  ])('leaves a plain scalar with %s to the other readers', (_, text) => {
    expect(fastParsed(text)).toBeUndefined();
  });
});

describe('issue 17: keys read before are reused, never mistaken', () => {
  it.each([
    ['keys of the same first letter and length, in one text', 'abc: 1\nabd: 2\nabc2: 3\nab: 4\n'],
    ['a long key, then another of the same length', 'a-key-of-twenty-chars: 1\na-key-of-twenty-char2: 2\n'],
    ['a key before spaces and its colon, then the same key plain', 'name   : 1\nlist:\n  - name: 2\n'],
    ['a quoted key, then the same key plain', '"abc": 1\nx:\n  abc: 2\n'],
  ])('%s', (_, text) => {
    const fast = fastParsed(text);
    expect(fast).toBeDefined();
    expect(fast?.data).toEqual(parseExactYaml(text).data);
  });

  it('reads each text with its own keys, whatever the texts read before held', () => {
    for (const [first, second] of [
      ['abc: 1\n', 'abd: 1\n'],
      ['title: x\n', 'tirle: x\n'],
      ['guidance: x\n', 'guidanc3: x\n'],
    ] as const) {
      expect(Object.keys(fastParsed(first)?.data as object)).toEqual([first.split(':')[0]]);
      expect(Object.keys(fastParsed(second)?.data as object)).toEqual([second.split(':')[0]]);
    }
  });

  it('still leaves a repeated key and a key with a flow indicator to the other readers', () => {
    expect(fastParsed('abc: 1\nabc: 2\n')).toBeUndefined();
    expect(fastParsed('abc: 1\na,c: 2\n')).toBeUndefined();
  });
});

describe('issue 17: one search for odd characters and surrogates', () => {
  it.each([
    ['an emoji, then a control character', 'a: 😀\nb: x\u0007y\n'],
    ['a control character, then an emoji', 'a: x\u0007y\nb: 😀\n'],
    ['an emoji, then a lone low surrogate', 'a: 😀\nb: "\udc00"\n'],
    ['a lone high surrogate', 'a: x\ud800y\n'],
    ['an emoji, then a line separator', 'a: 😀\nb: x\u2028y\n'],
  ])('leaves a text with %s to the other readers', (_, text) => {
    expect(fastParsed(text)).toBeUndefined();
  });

  it('reads a text with emoji and nothing odd, as the yaml package does', () => {
    const text = 'a: 😀 and 😀\nb:\n  - 🎉\n';
    expect(fastParsed(text)?.data).toEqual(parseExactYaml(text).data);
  });
});

describe('issue 17: plain values repeated in a text are one string, never mistaken', () => {
  it.each([
    ['values of the same first letter and length', 'a: government\nb: governmenx\nc: government\n'],
    ['a value, then the same text going on to a second line', 'a: policy\nb: policy\n  more\nc: policy\n'],
    ['a value, then the same characters as a number or a boolean', 'a: "1"\nb: 1\nc: true\nd: "true"\n'],
    ['values in sequences', 'a:\n  - x1\n  - x2\n  - x1\nb: [x1, x2]\n'],
  ])('%s', (_, text) => {
    expect(fastParsed(text)?.data).toEqual(parseExactYaml(text).data);
  });

  it('reads each text with its own values, whatever the texts read before held', () => {
    expect(fastParsed('a: government\n')?.data).toEqual({ a: 'government' });
    expect(fastParsed('a: governmenx\n')?.data).toEqual({ a: 'governmenx' });
    expect(fastParsed('a: 7\n')?.data).toEqual({ a: 7 });
  });
});

describe('issue 17: brackets nested past the limit', () => {
  const nested = (depth: number, open = '['): string =>
    `a: ${open.repeat(depth)}${(open === '[' ? ']' : '}').repeat(depth)}\n`;

  it('reads brackets nested as deep as the limit, and leaves one level more to the other readers', () => {
    expect(fastParsed(nested(LIMITS.maxDepth - 1))).toBeDefined();
    expect(fastParsed(nested(LIMITS.maxDepth + 1))).toBeUndefined();
    expect(fastParsed(nested(LIMITS.maxDepth + 1, '{'))).toBeUndefined();
  });

  it('counts brackets inside strings too, and both kinds together, as the exact parser’s guard does', () => {
    // Half the opening brackets in a quoted string, half nesting a list of lists: too deep only counted together.
    const half = Math.ceil((LIMITS.maxDepth + 1) / 2);
    const text = `s: "${'{'.repeat(half)}"\nl: ${'['.repeat(half)}${']'.repeat(half)}\n`;
    expect(fastParsed(text)).toBeUndefined();
    // Many brackets that never nest deep are fine.
    expect(fastParsed(`l: [${Array<string>(200).fill('[1]').join(', ')}]\n`)).toBeDefined();
  });
});
