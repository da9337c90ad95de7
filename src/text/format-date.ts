import { currentLanguage, messages } from '../i18n/index.js';
import { isEnglish } from '../i18n/english.js';

/**
 * A calendar date (YYYY-MM-DD, as files store it) for a reader in `lang`: Intl.DateTimeFormat gives the
 * language's digits, the catalog's `words.date` their order and separators. Other text is returned as it is.
 */
export function formatDate(text: string, lang: string = currentLanguage()): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  // A year before 1000 would lose its leading zeros; no assessment is dated so, so it is shown as written.
  if (!match || Number(match[1]) < 1000) return text;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== text) return text;
  // English digits are the file's own: no Intl object to create (i18n/english.ts).
  const [, year = '', month = '', day = ''] = match;
  if (isEnglish(lang)) return fillDate(lang, { year, month, day });
  const parts = dateFormat(lang).formatToParts(date);
  const part = (type: Intl.DateTimeFormatPartTypes): string =>
    parts.find((p) => p.type === type)?.value ?? '';
  return fillDate(lang, { year: part('year'), month: part('month'), day: part('day') });
}

/**
 * The catalog's date pattern with its digits filled in as they are: a date is one unit (a run of digits and
 * separators), isolated as a whole where a message places it, never part by part (which would reverse its order
 * in right-to-left text).
 */
function fillDate(lang: string, parts: Readonly<Record<'year' | 'month' | 'day', string>>): string {
  const pattern = messages(lang)['words.date'];
  const text = typeof pattern === 'string' ? pattern : pattern.other;
  return text.replace(/\{(year|month|day)\}/g, (_, name: 'year' | 'month' | 'day') => parts[name]);
}

// One formatter per language: Intl objects are costly to create, and a report shows many dates.
const formats = new Map<string, Intl.DateTimeFormat>();

function dateFormat(lang: string): Intl.DateTimeFormat {
  let format = formats.get(lang);
  if (!format) {
    format = new Intl.DateTimeFormat(lang, {
      timeZone: 'UTC',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    });
    formats.set(lang, format);
  }
  return format;
}
