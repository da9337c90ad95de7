import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { collatesPlainly, compareText, usePlainCollation } from '../../src/text/compare-text.js';

const sign = (n: number) => Math.sign(n);
const plainName = fc.string({
  unit: fc.constantFrom(...Array.from('_-./0123456789abcdefghijklmnopqrstuvwxyz')),
  maxLength: 12,
});
const anyName = fc.oneof(
  plainName,
  fc.string({ maxLength: 8 }),
  fc.string({ unit: 'grapheme', maxLength: 6 }),
);

describe('compareText orders as localeCompare does', () => {
  afterAll(() => {
    usePlainCollation({ LANG: 'de_DE.UTF-8' });
  });

  it('with an English or no locale, plain names in the order of the root and English collations', () => {
    usePlainCollation({ LANG: 'en_US.UTF-8' });
    const root = new Intl.Collator('und');
    const english = new Intl.Collator('en');
    fc.assert(
      fc.property(anyName, anyName, (a, b) => {
        expect(sign(compareText(a, b))).toBe(sign(root.compare(a, b)));
        expect(sign(compareText(a, b))).toBe(sign(english.compare(a, b)));
      }),
      { numRuns: 5000 },
    );
    // Names a run sorts: the bundled checklists, in folders, and diagnostic codes.
    const names = [
      'checklists/sr-protection-systems-2013.yaml',
      'checklists/sr-practical-approach-2022.yaml',
      'checklists/sr-practical-approach-2022.fr.yaml',
      'a_b.yaml',
      'a-b.yaml',
      'a.b.yaml',
      'a/b.yaml',
      'a0.yaml',
      'translation-file-missing',
      'translation-entry-missing',
    ];
    expect([...names].sort(compareText)).toEqual([...names].sort(root.compare));
  });

  it('with another locale, defers to localeCompare', () => {
    usePlainCollation({ LANG: 'da_DK.UTF-8' });
    fc.assert(
      fc.property(anyName, anyName, (a, b) => {
        expect(sign(compareText(a, b))).toBe(sign(a.localeCompare(b)));
      }),
    );
  });

  it.each([
    [{}, true],
    [{ LANG: 'C' }, true],
    [{ LANG: 'C.UTF-8' }, true],
    [{ LANG: 'POSIX' }, true],
    [{ LANG: 'en_GB.UTF-8' }, true],
    [{ LANG: '' }, true],
    [{ LANG: 'en_US.UTF-8@posix' }, false],
    [{ LANG: 'et_EE.UTF-8' }, false],
    [{ LANG: 'en_US.UTF-8', LC_MESSAGES: 'da_DK.UTF-8' }, false],
    [{ LANG: 'da_DK.UTF-8', LC_ALL: 'C.UTF-8' }, true],
    [{ LANG: 'en_US.UTF-8', LC_ALL: 'fr_FR.UTF-8' }, false],
    [{ LANG: 'english' }, false],
  ])('the locale of %j collates plain names in root order: %s', (env, plain) => {
    expect(collatesPlainly(env)).toBe(plain);
  });
});
