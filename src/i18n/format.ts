import type { Message } from './catalog-types.js';
import type { MessageKey } from './en.js';
import { cliName, currentLanguage, messages } from './index.js';
import { isolateBidi } from '../text/sanitize.js';

/** Values a message's placeholders are filled with. */
export type MessageParams = Readonly<Record<string, string | number>>;

/** A function giving the text of a message key in one language. */
export type Translate = (key: MessageKey, params?: MessageParams) => string;

/** The translate function of a language: `t(key, params)` fills `{name}` placeholders and picks plural forms. */
export function translator(lang: string = currentLanguage()): Translate {
  let t = translators.get(lang);
  if (!t) translators.set(lang, (t = createTranslator(lang)));
  return t;
}

// One translator per language: the Intl objects are costly to create, and reports ask for many messages.
const translators = new Map<string, Translate>();

function createTranslator(lang: string): Translate {
  const catalog = messages(lang);
  const plurals = new Intl.PluralRules(lang);
  // No grouping: counts print as they always have ("1234"), in every language's digits.
  const numbers = new Intl.NumberFormat(lang, { useGrouping: false, maximumFractionDigits: 20 });
  return (key, params = {}) => {
    const message = catalog[key] as Message | undefined;
    if (message === undefined) throw new Error(`no message "${key}" in the "${lang}" catalog`);
    const text = pickForm(message, params.count, plurals);
    return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
      // {cli} is the tool's own name in a command to paste, as it runs from the user's folder (useCliName).
      const value = params[name] ?? (name === 'cli' ? cliName() : undefined);
      if (value === undefined) throw new Error(`message "${key}" needs the parameter "${name}"`);
      return typeof value === 'number' ? numbers.format(value) : isolateBidi(value);
    });
  };
}

function pickForm(message: Message, count: string | number | undefined, plurals: Intl.PluralRules): string {
  if (typeof message === 'string') return message;
  if (typeof count !== 'number') throw new Error('a plural message needs a numeric "count" parameter');
  return message[plurals.select(count)] ?? message.other;
}

const listFormats = new Map<string, Intl.ListFormat>();

/** Items joined as a sentence in a language ("A, B and C"); the current language when none is given. */
export function listOf(items: readonly string[], lang: string = currentLanguage()): string {
  let format = listFormats.get(lang);
  if (!format) listFormats.set(lang, (format = new Intl.ListFormat(lang, { type: 'conjunction' })));
  return format.format(items.map(isolateBidi));
}
