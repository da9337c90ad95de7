import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en.js';
import { translator } from '../../src/i18n/format.js';
import { LANGUAGES, catalogs, loadLanguage, messages } from '../../src/i18n/index.js';
import type { Message } from '../../src/i18n/catalog-types.js';

const root = join(import.meta.dirname, '..', '..');
const placeholders = (m: Message): string[] =>
  [
    ...new Set((typeof m === 'string' ? [m] : Object.values(m)).flatMap((s) => s.match(/\{\w+\}/g) ?? [])),
  ].sort();

describe('message catalog', () => {
  // A run loads its own language's catalog only; these tests read them all.
  beforeAll(async () => {
    for (const lang of LANGUAGES) await loadLanguage(lang);
  });
  const t = translator('en');

  it('fills placeholders and picks plural forms through Intl.PluralRules', () => {
    expect(t('report.summary.overallValue', { percent: '78%' })).toBe('Overall score: 78%');
    expect(t('privacy.withheld', { count: 1 })).toBe(
      '1 evidence item marked not public was withheld from this report.',
    );
    expect(t('privacy.withheld', { count: 3 })).toBe(
      '3 evidence items marked not public were withheld from this report.',
    );
    expect(t('privacy.withheld', { count: 0 })).toBe(
      '0 evidence items marked not public were withheld from this report.',
    );
  });

  it('formats numbers without grouping, as the reports always have', () => {
    expect(t('questionnaire.questionCount', { count: 12345 })).toBe('12345 questions');
    expect(t('compare.rowFacts', { weight: 1.5 })).toBe('weight 1.5');
  });

  it('does not read placeholders inside the values it fills in', () => {
    expect(t('report.distribution.caption', { title: '{title}' })).toBe('{title}: number of questions');
  });

  it('refuses a missing parameter, a plural without a count, an unknown key and an unknown language', () => {
    expect(() => t('report.summary.overallValue')).toThrow(/percent/);
    expect(() => t('privacy.withheld')).toThrow(/count/);
    expect(() => t('no.such.key' as keyof typeof en)).toThrow(/no\.such\.key/);
    expect(() => messages('xx')).toThrow(/xx/);
  });

  it('registers English, and every language has every English key with the same placeholders', () => {
    expect(messages('en')).toBe(en);
    for (const [lang, catalog] of Object.entries(catalogs)) {
      expect(Object.keys(catalog).sort(), lang).toEqual(Object.keys(en).sort());
      for (const [key, message] of Object.entries(en))
        expect(placeholders(catalog[key as keyof typeof en]), `${lang} ${key}`).toEqual(
          placeholders(message),
        );
    }
  });

  it('registers French, Spanish and Arabic, with no English sentence left in them', () => {
    expect(Object.keys(catalogs)).toEqual(expect.arrayContaining(['en', 'fr', 'es', 'ar']));
    // A message of three English words or more that a catalog repeats word for word was not translated.
    const sentence = (m: Message): boolean =>
      (typeof m === 'string' ? [m] : Object.values(m)).some(
        (text) => (text.replace(/\{\w+\}/g, '').match(/\b[A-Za-z]{3,}\b/g) ?? []).length >= 3,
      );
    for (const lang of ['fr', 'es', 'ar']) {
      const catalog = messages(lang);
      const copied = Object.entries(en)
        .filter(
          ([key, message]) =>
            sentence(message) && JSON.stringify(catalog[key as keyof typeof en]) === JSON.stringify(message),
        )
        .map(([key]) => key);
      expect(copied, lang).toEqual([]);
    }
  });

  it('has every key a template asks for', () => {
    const dir = join(root, 'templates');
    const keys = readdirSync(dir, { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.hbs'))
      .flatMap((f) => [...readFileSync(join(dir, f), 'utf8').matchAll(/\(?\bt "([^"]+)"/g)].map((m) => m[1]));
    expect(keys.length).toBeGreaterThan(100);
    expect(keys.filter((k) => k === undefined || !(k in en))).toEqual([]);
  });

  it('has no key that nothing asks for', () => {
    // The catalogs name every key; anything else that names one asks for it.
    const catalogFiles = LANGUAGES.map((lang) => `i18n/${lang}.ts`);
    const read = (folder: string, ending: string): string =>
      readdirSync(join(root, folder), { recursive: true, encoding: 'utf8' })
        .filter((f) => f.endsWith(ending) && !catalogFiles.includes(f.replace(/\\/g, '/')))
        .map((f) => readFileSync(join(root, folder, f), 'utf8'))
        .join('\n');
    const used = `${read('src', '.ts')}\n${read('templates', '.hbs')}`;
    expect(Object.keys(en).filter((k) => !used.includes(`'${k}'`) && !used.includes(`"${k}"`))).toEqual([]);
  });
});
