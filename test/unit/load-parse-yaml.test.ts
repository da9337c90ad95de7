import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseYaml } from '../../src/parse/parse-yaml.js';
import { decodeText } from '../../src/load/read-text.js';
import { LIMITS } from '../../src/parse/limits.js';

const problems = (text: string): string[] =>
  parseYaml(text).problems.map((p) => `${p.line}:${p.col} ${p.code} ${p.message}`);

describe('parseYaml', () => {
  it('keeps positions: locate finds values, keys, and the nearest parent of a missing node', () => {
    const parsed = parseYaml('a:\n  b: [1, { c: x }]\n');
    expect(parsed.locate(['a', 'b', 1, 'c'])).toEqual({ line: 2, col: 15 });
    expect(parsed.locate(['a', 'b'], true)).toEqual({ line: 2, col: 3 });
    expect(parsed.locate(['a', 'b', 1, 'missing'])).toEqual({ line: 2, col: 10 });
    expect(parsed.locate(['nowhere', 'at', 'all'])).toEqual({ line: 1, col: 1 });
  });

  it('counts CRLF line endings as one line break', () => {
    const parsed = parseYaml('a: 1\r\nb:\r\n  c: 2\r\n');
    expect(parsed.locate(['b', 'c'])).toEqual({ line: 3, col: 6 });
  });

  it('names a duplicate key and where it was first defined', () => {
    expect(problems('a: 1\nb:\n  x: 1\n  x: 2\n')).toEqual([
      '4:3 yaml-duplicate-key key "x" is already defined on line 3',
    ]);
  });

  it('refuses keys that could reach Object.prototype, and leaves the prototype alone', () => {
    const parsed = parseYaml('a: { __proto__: { polluted: 1 } }\nprototype: 2\n');
    expect(parsed.data).toBeUndefined();
    expect(parsed.problems.map((p) => p.code)).toEqual(['forbidden-key', 'forbidden-key']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('accepts aliases within the limits and shares nothing circular', () => {
    const parsed = parseYaml('a: &x [1, 2]\nb: *x\nc: [*x, *x]\n');
    expect(parsed.problems).toEqual([]);
    expect(parsed.data).toEqual({
      a: [1, 2],
      b: [1, 2],
      c: [
        [1, 2],
        [1, 2],
      ],
    });
  });

  it('reports an alias inside its own anchor instead of building circular data', () => {
    expect(problems('a: &x [1, *x]\n')).toEqual([
      '1:11 yaml-syntax alias *x is inside the node it refers to, which would make the data circular',
    ]);
  });

  it('reports an alias to an anchor defined later or never', () => {
    expect(problems('a: *x\nb: &x 1\n')).toEqual([
      '1:4 yaml-syntax alias *x refers to no anchor defined before it',
    ]);
  });

  it('stops at the bracket that nests too deep, before the parser sees it', () => {
    const depth = LIMITS.maxDepth + 1;
    expect(problems(`a:\n  b: ${'['.repeat(depth)}${']'.repeat(depth)}\n`)).toEqual([
      `2:${6 + LIMITS.maxDepth} yaml-too-deep nesting is deeper than ${LIMITS.maxDepth} levels`,
    ]);
  });

  it('keeps only the first syntax error of a line', () => {
    expect(problems('a: b: c\n').length).toBe(1);
  });

  it('never throws on arbitrary text', () => {
    for (const text of ['{', ']', '&', '*', '!!', '? ? ?', '- - - -', '"\\', "'", '%YAML 9\n---\n', ':::']) {
      expect(() => parseYaml(text)).not.toThrow();
    }
  });
});

describe('decodeText', () => {
  it('strips a UTF-8 BOM', () => {
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 0x61]))).toEqual({ ok: true, text: 'a' });
  });

  it('decodes exactly as a strict UTF-8 decoder does, and refuses what it refuses', () => {
    const strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
    const bytes = fc.oneof(
      fc.uint8Array({ minLength: 1, maxLength: 40 }),
      fc.string({ unit: 'grapheme', minLength: 1 }).map((s) => new TextEncoder().encode(`\ufeff${s}`)),
    );
    fc.assert(
      fc.property(bytes, (b) => {
        const r = decodeText(b);
        let expected: string | undefined;
        try {
          expected = strict.decode(b);
        } catch {
          expected = undefined;
        }
        if (b.includes(0)) expect(r.ok).toBe(false);
        else if (expected === undefined)
          expect(r.ok ? 'decoded' : r.problem.message).toMatch(/not valid UTF-8/);
        else if (expected.trim() === '') expect(r.ok).toBe(false);
        else expect(r).toEqual({ ok: true, text: expected });
      }),
      { numRuns: 2000 },
    );
  });

  it('refuses NUL bytes, invalid UTF-8 and blank files', () => {
    const code = (bytes: number[]): unknown => {
      const r = decodeText(new Uint8Array(bytes));
      return r.ok ? 'ok' : r.problem.kind === 'content' && r.problem.code;
    };
    expect(code([0x61, 0, 0x62])).toBe('file-binary');
    expect(code([0x61, 0xe9, 0x62])).toBe('file-encoding');
    expect(code([0xed, 0xa0, 0x80])).toBe('file-encoding'); // an encoded surrogate
    expect(code([0xc0, 0x80])).toBe('file-encoding'); // overlong
    expect(code([0xf4, 0x90, 0x80, 0x80])).toBe('file-encoding'); // past U+10FFFF
    expect(code([0x20, 0x0a])).toBe('file-empty');
  });
});
