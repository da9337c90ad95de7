import type { Catalog } from './catalog-types.js';
import { en, type MessageKey } from './en.js';
import { fr } from './fr.js';
import { es } from './es.js';
import { ar } from './ar.js';

/** The languages a report can be written in, by BCP 47 tag; adding a language is one catalog and one line here. */
export const catalogs: Readonly<Record<string, Catalog<MessageKey>>> = { en, fr, es, ar };

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

/** The tool's own name in commands printed for the user to paste (`{cli}` in messages). */
const DEFAULT_CLI_NAME = 'opsc-audit';
let cliNameSource: () => string = () => DEFAULT_CLI_NAME;
let cliNameValue: string | undefined;

/**
 * Sets how the program names itself in commands it prints (`opsc-audit`, `npx opsc-audit`, `node /path/cli.js`):
 * a function, asked once on first use (working it out reads the file system; most runs never need it).
 */
export function useCliName(name: string | (() => string)): void {
  cliNameSource = typeof name === 'string' ? () => name : name;
  cliNameValue = undefined;
}

/** The command that runs this program from the user's folder, as `useCliName` set it (`opsc-audit` until then). */
export function cliName(): string {
  cliNameValue ??= cliNameSource();
  return cliNameValue;
}
