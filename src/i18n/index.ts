import type { Catalog } from './catalog-types.js';
import { en, type MessageKey } from './en.js';

/** The languages a report can be written in, by BCP 47 tag; adding a language is one catalog and one line here. */
export const catalogs: Readonly<Record<string, Catalog<MessageKey>>> = { en };

/** The language used when none is asked for. */
export const defaultLanguage = 'en';

/** The catalog of a language; throws on a language with no catalog. */
export function messages(lang: string = defaultLanguage): Catalog<MessageKey> {
  const catalog = catalogs[lang];
  if (!catalog) throw new Error(`no message catalog for language "${lang}"`);
  return catalog;
}

let current = defaultLanguage;

/** Makes `lang` the language of every message asked for without one; throws on a language with no catalog. */
export function useLanguage(lang: string): void {
  messages(lang);
  current = lang;
}

/** The language chosen with `useLanguage` (English until then). */
export function currentLanguage(): string {
  return current;
}
