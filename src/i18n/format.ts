import type { Message } from './catalog-types.js';
import type { MessageKey } from './en.js';
import { cliName, currentLanguage, messages } from './index.js';
import { isolateBidi } from '../text/sanitize.js';
import { englishInteger, englishList, englishPlural, isEnglish } from './english.js';
import { textDirection } from './direction.js';

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
  const english = isEnglish(lang);
  // Placeholder values are isolated for the direction of the message's language (isolateBidi).
  const direction = textDirection(lang);
  // Created on first need: English integers need neither (english.ts).
  let plurals: Intl.PluralRules | undefined;
  let numbers: Intl.NumberFormat | undefined;
  const plural = (count: number): Intl.LDMLPluralRule =>
    (english ? englishPlural(count) : undefined) ?? (plurals ??= new Intl.PluralRules(lang)).select(count);
  // No grouping: counts print as they always have ("1234"), in every language's digits.
  const number = (value: number): string =>
    (english ? englishInteger(value) : undefined) ??
    (numbers ??= new Intl.NumberFormat(lang, { useGrouping: false, maximumFractionDigits: 20 })).format(
      value,
    );
  return (key, params = {}) => {
    const message = catalog[key] as Message | undefined;
    if (message === undefined) throw new Error(`no message "${key}" in the "${lang}" catalog`);
    const text = pickForm(message, params.count, plural);
    return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
      // {cli} is the tool's own name in a command to paste, as it runs from the user's folder (useCliName).
      const value = params[name] ?? (name === 'cli' ? cliName() : undefined);
      if (value === undefined) throw new Error(`message "${key}" needs the parameter "${name}"`);
      return typeof value === 'number' ? number(value) : isolateBidi(value, direction);
    });
  };
}

function pickForm(
  message: Message,
  count: string | number | undefined,
  plural: (count: number) => Intl.LDMLPluralRule,
): string {
  if (typeof message === 'string') return message;
  if (typeof count !== 'number') throw new Error('a plural message needs a numeric "count" parameter');
  return message[plural(count)] ?? message.other;
}

const listFormats = new Map<string, Intl.ListFormat>();

/** Items joined as a sentence in a language ("A, B and C"); the current language when none is given. */
export function listOf(items: readonly string[], lang: string = currentLanguage()): string {
  if (isEnglish(lang)) return englishList(items.map((item) => isolateBidi(item)));
  let format = listFormats.get(lang);
  if (!format) listFormats.set(lang, (format = new Intl.ListFormat(lang, { type: 'conjunction' })));
  const direction = textDirection(lang);
  return format.format(items.map((item) => isolateBidi(item, direction)));
}

/** A language's name in a language ("French", "français"); the tag itself where Intl knows no name for it. */
export function languageName(tag: string, lang: string = currentLanguage()): string {
  try {
    return new Intl.DisplayNames([lang], { type: 'language' }).of(tag) ?? tag;
  } catch {
    return tag;
  }
}

/** What separates the parts of a list whose items hold commas: "; " in English, " ; " in French, "؛ " in Arabic. */
export function partSeparator(lang: string = currentLanguage()): string {
  return translator(lang)('words.partSeparator');
}

/** What separates the items of a short list: ", " in English, "، " in Arabic. */
export function itemSeparator(lang: string = currentLanguage()): string {
  return translator(lang)('words.itemSeparator');
}
