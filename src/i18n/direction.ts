import { currentLanguage } from './index.js';

/** The direction a language is written in: the base direction of a page, a table or a chart in that language. */
export type TextDirection = 'ltr' | 'rtl';

// Languages written right to left, by primary subtag (BCP 47): Arabic, Hebrew, Persian, Urdu, Pashto, Sindhi,
// Central Kurdish, Uyghur, Dhivehi, Yiddish, Syriac, N'Ko, Rohingya.
const RTL_LANGUAGES = new Set([
  'ar',
  'he',
  'iw',
  'fa',
  'ur',
  'ps',
  'sd',
  'ckb',
  'ug',
  'dv',
  'yi',
  'syr',
  'nqo',
  'rhg',
]);
// A script subtag decides over the language: `az-Arab` and `pa-Arab` are right to left, `sd-Deva` left to right.
const RTL_SCRIPTS = new Set(['arab', 'hebr', 'syrc', 'thaa', 'nkoo', 'adlm', 'rohg', 'samr', 'mand']);

/** `rtl` for a language written right to left (`ar`, `he`, `fa`, `ur`…, or any tag with an RTL script), else `ltr`. */
export function textDirection(lang: string): TextDirection {
  const [primary = '', ...rest] = lang.toLowerCase().split(/[-_]/);
  const script = rest.find((part) => /^[a-z]{4}$/.test(part));
  if (script !== undefined) return RTL_SCRIPTS.has(script) ? 'rtl' : 'ltr';
  return RTL_LANGUAGES.has(primary) ? 'rtl' : 'ltr';
}

/** The language and direction of a page written in `lang` (the current language when not given). */
export function pageLanguage(lang: string = currentLanguage()): { lang: string; dir: TextDirection } {
  return { lang, dir: textDirection(lang) };
}
