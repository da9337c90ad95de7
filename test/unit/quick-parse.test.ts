import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { parse, stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { makeChecklist, toYaml } from '../../bench/generate.mjs';
import { QUICK_FROM_CHARS, quickData } from '../../src/parse/quick-parse.js';
import { parseYaml } from '../../src/parse/parse-yaml.js';
import { validateChecklistDocument } from '../../src/validate/validate-document.js';
import { loadBundled, checklistsDir } from '../helpers/bundled.js';

describe('quick reader of large files', () => {
  it('reads plain scalars exactly as the yaml package does (YAML 1.2 core schema)', () => {
    const scalars = [
      '1_000',
      '0o17',
      '0x1F',
      '012',
      '1e3',
      '.5',
      '1.',
      '+12',
      '-7',
      '-.inf',
      '.NaN',
      '.nan',
      '~',
      'Null',
      'NULL',
      '',
      'yes',
      'on',
      'no',
      'TRUE',
      'tRue',
      'False',
      '2022-01-10',
      '1:20',
      '0b101',
      '3.14',
      '-0',
    ];
    const text = scalars.map((s, i) => `k${i}: ${s}`).join('\n');
    expect(quickData(text)).toEqual(parse(text));
  });

  it('gives the same data as the yaml package for any document it writes', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.jsonValue()), (value) => {
        const text = stringify(value);
        const quick = quickData(text);
        // Keys that could reach a prototype are refused, never read.
        if (quick !== undefined) expect(quick).toEqual(parse(text));
      }),
      { numRuns: 300 },
    );
  });

  it.each([
    ['an alias', 'a: &x [1, 2]\nb: *x\n'],
    ['a prototype key', 'a:\n  __proto__: { polluted: true }\n'],
    ['a constructor key', 'constructor: 1\n'],
    ['a duplicate key', 'a: 1\na: 2\n'],
    ['two documents', 'a: 1\n---\nb: 2\n'],
    ['a syntax error', 'a: [1, 2\n'],
    ['a list at the top', '- a\n- b\n'],
    ['a tagged scalar', 'a: !!binary aGVsbG8=\n'],
    ['nesting past the limit', `a: ${'['.repeat(80)}${']'.repeat(80)}\n`],
  ])('leaves %s to the exact parser', (_, text) => {
    expect(quickData(text)).toBeUndefined();
  });

  it('is used only for large files, which still validate clean', () => {
    const [first] = loadBundled();
    if (!first) throw new Error('no bundled checklist');
    const text = readFileSync(join(checklistsDir, first.file), 'utf8');
    expect(text.length).toBeLessThan(QUICK_FROM_CHARS);
    expect(parseYaml(text).exact).toBeUndefined();
    const big = toYaml(makeChecklist(300));
    expect(big.length).toBeGreaterThanOrEqual(QUICK_FROM_CHARS);
    // As a large file the fast reader declines is read.
    const parsed = parseYaml(big, { fast: false });
    expect(parsed.exact).toBeDefined();
    expect(validateChecklistDocument(parsed, 'big.yaml').diagnostics).toEqual([]);
  });

  it('reports a problem in a large file at the exact line and column', () => {
    const lines = toYaml(makeChecklist(300)).split('\n');
    const weights = lines.flatMap((l, i) => (/^ +weight: \d+$/.test(l) ? [i] : []));
    const at = weights[weights.length - 1] ?? 0;
    const edited = (lines[at] ?? '').replace(/\d+$/, '9');
    lines[at] = edited;
    const result = validateChecklistDocument(parseYaml(lines.join('\n'), { fast: false }), 'big.yaml');
    expect(result.value).toBeUndefined();
    expect(result.diagnostics.map((d) => [d.line, d.col, d.severity])).toEqual([
      [at + 1, edited.indexOf('9') + 1, 'error'],
    ]);
  });
});
