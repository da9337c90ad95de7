import { describe, expect, it } from 'vitest';
import { chooseLanguage, langOption, localeTag, matchLanguage } from '../../src/i18n/choose-language.js';

const languages = { available: ['en', 'fr', 'es', 'ar'], fallback: 'en' };

describe('the language of a run', () => {
  it('--lang wins over OPSC_LANG and the locale, wherever it stands before --', () => {
    const env = { OPSC_LANG: 'es', LC_ALL: 'ar_EG.UTF-8', LANG: 'en_GB.UTF-8' };
    expect(chooseLanguage(['report', 'a.yaml', '--lang', 'fr'], env, languages)).toEqual({
      ok: true,
      lang: 'fr',
      source: 'option',
    });
    expect(chooseLanguage(['--lang=ar', 'score', 'a.yaml'], {}, languages)).toMatchObject({ lang: 'ar' });
    expect(langOption(['score', '--', '--lang', 'fr'])).toBeUndefined();
    expect(langOption(['--lang', 'fr', 'score', '--lang', 'es'])).toBe('es');
  });

  it('OPSC_LANG comes next, then LC_ALL, LC_MESSAGES and LANG in that order', () => {
    expect(chooseLanguage([], { OPSC_LANG: 'es', LC_ALL: 'fr_FR.UTF-8' }, languages)).toMatchObject({
      lang: 'es',
      source: 'tool-variable',
    });
    const locale = { LC_ALL: 'fr_FR.UTF-8', LC_MESSAGES: 'es_MX.UTF-8', LANG: 'ar_MA.UTF-8' };
    expect(chooseLanguage([], locale, languages)).toMatchObject({ lang: 'fr', source: 'locale' });
    expect(chooseLanguage([], { ...locale, LC_ALL: '' }, languages)).toMatchObject({ lang: 'es' });
    expect(chooseLanguage([], { LANG: 'ar_MA.UTF-8' }, languages)).toMatchObject({ lang: 'ar' });
  });

  it('a locale the tool does not speak, C or POSIX means English; a language asked by name must exist', () => {
    for (const LANG of ['de_DE.UTF-8', 'C', 'C.UTF-8', 'POSIX', ''])
      expect(chooseLanguage([], { LANG }, languages)).toEqual({ ok: true, lang: 'en', source: 'default' });
    expect(chooseLanguage(['--lang', 'de'], {}, languages)).toEqual({
      ok: false,
      asked: 'de',
      from: '--lang',
    });
    expect(chooseLanguage(['--lang'], {}, languages)).toEqual({ ok: false, asked: '', from: '--lang' });
    expect(chooseLanguage([], { OPSC_LANG: 'xx' }, languages)).toEqual({
      ok: false,
      asked: 'xx',
      from: 'OPSC_LANG',
    });
  });

  it('matches a regional tag to its language, in any case', () => {
    expect(matchLanguage('fr-CA', languages.available)).toBe('fr');
    expect(matchLanguage('ES-419', languages.available)).toBe('es');
    expect(matchLanguage('AR', languages.available)).toBe('ar');
    expect(matchLanguage('pt-BR', languages.available)).toBeUndefined();
    expect(localeTag('fr_FR.UTF-8@euro')).toBe('fr-FR');
    expect(localeTag('C.UTF-8')).toBe('');
  });
});
