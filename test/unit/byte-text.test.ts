import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeChecklist, toYaml, withOneError } from '../../bench/generate.mjs';
import { fastBytesParsed, fastParsed } from '../../src/parse/fast-parse.js';
import { hasHigh, highRuns } from '../../src/parse/byte-text.js';
import type { ParsedYaml } from '../../src/parse/parsed.js';
import { locateDiffers } from '../helpers/locate-differs.js';
import { repoRoot } from '../cli/validate-harness.js';

/** The byte string of a text: its UTF-8 bytes, one character each. */
const bytesOf = (text: string): string => Buffer.from(text, 'utf8').toString('latin1');

const files = (dir: string): [string, string][] =>
  readdirSync(join(repoRoot, dir))
    .filter((n) => n.endsWith('.yaml'))
    .sort()
    .map((n) => [join(dir, n), readFileSync(join(repoRoot, dir, n), 'utf8')]);

const texts: [string, string][] = [
  ...files('checklists'),
  ...files('examples'),
  ['bench checklist (300 questions)', toYaml(makeChecklist(300))],
  ['bench checklist with one error', toYaml(withOneError(makeChecklist(300)))],
  ['keys past ASCII', 'é: 1\nclé: deux\n日本: [a, é]\nliste:\n  - ’x’: y\n    ü: "z"\n'],
  ['quoted strings and escapes', 'a: "l’été \\u00e9\\x41 \\N\\_ ok"\nb: \'it’’s\'\nc: "😀 \\t"\n'],
  ['a plain string over lines', 'a: première\n  deuxième ligne\n\n  troisième — fin\nb: ok\n'],
  ['block scalars', 'a: |\n  Ligne é\n    plus loin ’\n\n  fin\nb: >-\n  un\n  deux ü\nc: x\n'],
  ['flow collections', 'a: [é, "ü", \'ö\', {k: ñ, ’: x}]\nb: {clé: [1, deux]}\n'],
  ['Arabic', 'title:\n  ar: قائمة مرجعية\n  en: Checklist\nitems:\n  - نص: قيمة\n'],
  ['a repeated value past ASCII', 'a: é\nb: é\nc: e\nd: é\n'],
];

function bothWays(text: string): { bytes: ParsedYaml | undefined; decoded: ParsedYaml | undefined } {
  return { bytes: fastBytesParsed(bytesOf(text)), decoded: fastParsed(text, false) };
}

describe('issue 17: a large file read as bytes gives the data and positions of its decoded text', () => {
  it.each(texts)('%s', (_, text) => {
    const { bytes, decoded } = bothWays(text);
    expect(decoded).toBeDefined();
    expect(bytes).toBeDefined();
    expect(bytes?.data).toEqual(decoded?.data);
    if (bytes && decoded) expect(locateDiffers(bytes, decoded, decoded.data)).toEqual([]);
  });

  it.each([
    ['a line separator', 'a: x\u2028y\n'],
    ['a C1 control', 'a: x\u0085y\n'],
    ['a byte-order mark inside', 'a: x\ufeffy\n'],
    ['a non-character', 'a: x\uffffy\n'],
    ['an ASCII control', 'a: x\u0007y\n'],
    ['an ASCII control after a character past ASCII', 'a: é\u0007\n'],
    ['an ASCII control before a character past ASCII', 'a: \u007fé\n'],
  ])('declines a text with %s, as the decoded reader does', (_, text) => {
    const { bytes, decoded } = bothWays(text);
    expect(decoded).toBeUndefined();
    expect(bytes).toBeUndefined();
  });

  it('finds the runs of bytes past ASCII', () => {
    const runs = highRuns(bytesOf('ab é c ’’ d'));
    expect([...runs]).toEqual([3, 5, 8, 14]);
    expect(hasHigh(runs, 0, 3)).toBe(false);
    expect(hasHigh(runs, 0, 4)).toBe(true);
    expect(hasHigh(runs, 5, 8)).toBe(false);
    expect(hasHigh(runs, 13, 20)).toBe(true);
    expect(hasHigh(runs, 14, 20)).toBe(false);
    expect(hasHigh(highRuns('plain'), 0, 5)).toBe(false);
  });
});
