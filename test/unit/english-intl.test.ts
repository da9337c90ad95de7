import { describe, expect, it } from 'vitest';
import { englishInteger, englishList, englishPlural, isEnglish } from '../../src/i18n/english.js';
import { formatDate } from '../../src/text/format-date.js';

// English is formatted without creating Intl objects (each costs 10-80 ms at start-up): it must read the same.
describe('English without Intl', () => {
  const integers = [
    0,
    1,
    -1,
    2,
    -2,
    7,
    10,
    11,
    21,
    99,
    100,
    101,
    999,
    1000,
    1234,
    12345,
    99999,
    100000,
    1e6,
    123456789,
    -98765,
    2 ** 31,
    2 ** 40 + 3,
    Number.MAX_SAFE_INTEGER,
    Number.MIN_SAFE_INTEGER,
  ];

  it.each(['en', 'en-GB', 'en-XA'])('integers as Intl.NumberFormat(%s, no grouping) writes them', (lang) => {
    const intl = new Intl.NumberFormat(lang, { useGrouping: false, maximumFractionDigits: 20 });
    for (const n of integers) expect(englishInteger(n), String(n)).toBe(intl.format(n));
  });

  it('leaves other numbers to Intl', () => {
    for (const n of [0.5, 1.25, -0, 0.1 + 0.2, 2 ** 60, Number.NaN, Infinity])
      expect(englishInteger(n)).toBeUndefined();
  });

  it.each(['en', 'en-US'])('plural categories as Intl.PluralRules(%s) gives them', (lang) => {
    const intl = new Intl.PluralRules(lang);
    for (const n of integers) expect(englishPlural(n), String(n)).toBe(intl.select(n));
    expect(englishPlural(1.5)).toBeUndefined();
  });

  it('lists as Intl.ListFormat(en, conjunction) joins them', () => {
    const intl = new Intl.ListFormat('en', { type: 'conjunction' });
    for (const items of [
      [],
      ['A'],
      ['A', 'B'],
      ['A', 'B', 'C'],
      ['one, two', 'three', 'four and five', 'six'],
    ])
      expect(englishList(items)).toBe(intl.format(items));
  });

  it('dates as Intl.DateTimeFormat(en) gives their parts', () => {
    const intl = new Intl.DateTimeFormat('en', {
      timeZone: 'UTC',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    });
    for (const text of ['2026-11-12', '1999-01-05', '2000-02-29', '1000-12-31', '9999-09-09']) {
      const parts = intl.formatToParts(new Date(`${text}T00:00:00Z`));
      const part = (type: string) => parts.find((p) => p.type === type)?.value;
      expect(formatDate(text, 'en')).toBe(`${part('year')}-${part('month')}-${part('day')}`);
    }
  });

  it('speaks English and its variants only', () => {
    expect(['en', 'en-GB', 'en-XA'].map(isEnglish)).toEqual([true, true, true]);
    expect(['fr', 'es-419', 'eng', 'ar'].map(isEnglish)).toEqual([false, false, false, false]);
  });
});
