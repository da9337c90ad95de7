import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { resolvePlain } from '../../src/parse/core-scalars.js';

// The characters of numbers, booleans and nulls, and some that end up in strings such as paragraph `1(a)`.
const CHARS = Array.from('0123456789+-.eExXoabcdfABCDFinINaAtTrRuUlLsS~_()/');

describe('resolvePlain', () => {
  it.each([
    ['1(a)', '1(a)'],
    ['12', 12],
    ['-7', -7],
    ['0x1F', 31],
    ['0o17', 15],
    ['1e3', 1000],
    ['.5', 0.5],
    ['-.inf', Number.NEGATIVE_INFINITY],
    ['.NaN', Number.NaN],
    ['16.2', 16.2],
    ['1.2.3', '1.2.3'],
    ['2016-02-31', '2016-02-31'],
    ['true', true],
    ['Null', null],
    ['', null],
  ])('reads %j as the yaml package does', (text, value) => {
    expect(resolvePlain(text)).toEqual(value);
  });

  it('agrees with the yaml package on 20,000 plain scalars made of number characters', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...CHARS), { minLength: 1, maxLength: 8 }), (chars) => {
        const text = chars.join('');
        // A lone dash starts a list; every other text of these characters is one plain scalar.
        fc.pre(text !== '-');
        expect(resolvePlain(text)).toEqual(parse(`${text}\n`, { schema: 'core' }));
      }),
      { numRuns: 20_000 },
    );
  });
});
