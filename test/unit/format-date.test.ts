import { afterEach, describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en.js';
import { catalogs } from '../../src/i18n/index.js';
import { formatDate } from '../../src/text/format-date.js';

// A scratch language: the English catalog with the day first, to show the catalog orders and Intl writes digits.
const scratch = 'ar-EG';

describe('formatDate', () => {
  afterEach(() => {
    // eslint-disable-next-line @typescript-eslint/no-dynamic-delete -- the scratch catalog added by a test
    delete (catalogs as Record<string, unknown>)[scratch];
  });

  it('shows a calendar date in English exactly as files store it', () => {
    expect(formatDate('2024-05-01', 'en')).toBe('2024-05-01');
    expect(formatDate('1999-12-31', 'en')).toBe('1999-12-31');
  });

  it('leaves text that is not a real calendar date as it is', () => {
    for (const text of ['2024', '2024-05', '2024-02-30', '0999-01-01', 'May 2024', ' 2024-05-01'])
      expect(formatDate(text, 'en')).toBe(text);
  });

  it('takes the order from the catalog and the digits from Intl', () => {
    (catalogs as Record<string, unknown>)[scratch] = { ...en, 'words.date': '{day}/{month}/{year}' };
    expect(formatDate('2024-05-01', scratch)).toBe('٠١/٠٥/٢٠٢٤');
  });
});
