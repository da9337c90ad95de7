import type { Catalog, Message } from '../../src/i18n/catalog-types.js';
import { en, type MessageKey } from '../../src/i18n/en.js';
import { catalogs, useLanguage } from '../../src/i18n/index.js';

/** The tag of the pseudo-locale tests register: every English message wrapped in ⟦ ⟧. */
export const PSEUDO = 'en-XA';

const wrap = (text: string): string => `⟦${text}⟧`;

function wrapMessage(message: Message): Message {
  if (typeof message === 'string') return wrap(message);
  return {
    ...Object.fromEntries(Object.entries(message).map(([form, text]) => [form, wrap(text)])),
    other: wrap(message.other),
  };
}

/** The pseudo-locale's catalog: text printed without the brackets did not come from the catalog. */
export const pseudoCatalog = Object.fromEntries(
  Object.entries(en).map(([key, message]) => [key, wrapMessage(message)]),
) as Catalog<MessageKey>;

/** Registers the pseudo-locale (as a new language's catalog would be). */
export function registerPseudoLocale(): void {
  (catalogs as Record<string, Catalog<MessageKey>>)[PSEUDO] = pseudoCatalog;
}

/** Removes the pseudo-locale and goes back to English. */
export function removePseudoLocale(): void {
  Reflect.deleteProperty(catalogs, PSEUDO);
  useLanguage('en');
}
