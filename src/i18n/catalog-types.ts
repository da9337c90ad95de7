/** The plural categories of Intl.PluralRules a message may give a form for; `other` is always required. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/**
 * One message: a text with `{name}` placeholders, or plural forms chosen by the `count` parameter through
 * Intl.PluralRules. Numbers in parameters are formatted through Intl.NumberFormat.
 */
export type Message = string | PluralForms;

/** A message catalog for one language: every key of the English catalog, each with its message. */
export type Catalog<K extends string = string> = Readonly<Record<K, Message>>;
