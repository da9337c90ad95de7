import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { inPieces } from '../../src/text/pieces.js';

describe('output in pieces', () => {
  it('joins to the parts joined; every piece but the last is exactly the piece size', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 40 })), fc.integer({ min: 1, max: 16 }), (parts, size) => {
        const pieces = [...inPieces(parts, size)];
        expect(pieces.join('')).toBe(parts.join(''));
        expect(pieces.slice(0, -1).every((p) => p.length === size)).toBe(true);
        expect(pieces.every((p) => p.length > 0 && p.length <= size)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('splits one long part and gathers many short ones into 16 KiB pieces by default', () => {
    const long = [...inPieces(['x'.repeat(40_000)])].map((p) => p.length);
    expect(long).toEqual([16_384, 16_384, 7_232]);
    const short = [...inPieces(Array.from({ length: 10_000 }, () => 'abcd'))].map((p) => p.length);
    expect(short).toEqual([16_384, 16_384, 7_232]);
  });
});
