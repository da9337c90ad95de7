import fc from 'fast-check';
import { PIECE_CHARS } from '../../src/text/pieces.js';
import { describe, expect, it } from 'vitest';
import { jsonPieces } from '../../src/text/json-pieces.js';

const joined = (value: unknown, depth?: number): string => [...jsonPieces(value, depth)].join('');

describe('JSON written in pieces', () => {
  it('is exactly JSON.stringify(value, null, 2) and a newline, for any JSON value and split depth', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.integer({ min: 0, max: 5 }), (value, depth) => {
        expect(joined(value, depth)).toBe(`${JSON.stringify(value, null, 2)}\n`);
      }),
      { numRuns: 500 },
    );
  });

  it('follows JSON.stringify for undefined, functions, toJSON, getters and empty containers', () => {
    const value = {
      a: undefined,
      b: [undefined, () => 1, 'x'],
      c: new Date(Date.UTC(2026, 10, 23)),
      d: { toJSON: (key: string) => `key ${key}` },
      twice: { toJSON: () => ({ toJSON: () => 'called twice' }) },
      list: [{ toJSON: (key: string) => `item ${key}` }],
      get e() {
        return { lazy: true };
      },
      f: [],
      g: {},
      h: { i: undefined },
      j: 'line\nbreak "quoted"',
    };
    expect(joined(value, 5)).toBe(`${JSON.stringify(value, null, 2)}\n`);
  });

  it('hands on a large document in pieces of at most 16 KiB', () => {
    const value = {
      questions: Array.from({ length: 5000 }, (_, i) => ({ id: `Q-${i}`, note: 'n'.repeat(50) })),
    };
    const pieces = [...jsonPieces(value)];
    expect(pieces.length).toBeGreaterThan(5);
    expect(pieces.slice(0, -1).every((p) => p.length === PIECE_CHARS)).toBe(true);
    expect(pieces.at(-1)?.length).toBeLessThanOrEqual(PIECE_CHARS);
    expect(pieces.join('')).toBe(`${JSON.stringify(value, null, 2)}\n`);
  });
});
