import type { Catalog } from './catalog-types.js';
import { en, type MessageKey } from './en.js';

/**
 * The languages the tool speaks, by BCP 47 tag. English is always loaded; each other catalog is loaded when a run
 * asks for its language (`loadLanguage`), so a run reads one catalog, not four. Adding a language is one catalog,
 * one tag here and one loader below.
 */
export const LANGUAGES: readonly string[] = ['en', 'fr', 'es', 'ar'];

const loaders: Readonly<Record<string, () => Promise<Catalog<MessageKey>>>> = {
  fr: async () => (await import('./fr.js')).fr,
  es: async () => (await import('./es.js')).es,
  ar: async () => (await import('./ar.js')).ar,
};

/** The catalogs loaded so far, by tag: English, and each language a run has loaded. */
export const catalogs: Readonly<Record<string, Catalog<MessageKey>>> = { en };

/** The language used when none is asked for. */
export const defaultLanguage = 'en';

/** Every language a run may ask for: the tool's own, and any catalog registered by hand (a test's pseudo-locale). */
export function languages(): string[] {
  return [...new Set([...LANGUAGES, ...Object.keys(catalogs)])];
}

/** Loads the catalog of one of the tool's languages (once); throws on a language the tool does not speak. */
export async function loadLanguage(lang: string): Promise<void> {
  if (Object.hasOwn(catalogs, lang)) return;
  const load = Object.hasOwn(loaders, lang) ? loaders[lang] : undefined;
  if (!load) throw new Error(`no message catalog for language "${lang}"`);
  (catalogs as Record<string, Catalog<MessageKey>>)[lang] = await load();
}

/** The catalog of a language; throws on a language whose catalog is not loaded. */
export function messages(lang: string = defaultLanguage): Catalog<MessageKey> {
  const catalog = Object.hasOwn(catalogs, lang) ? catalogs[lang] : undefined;
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
