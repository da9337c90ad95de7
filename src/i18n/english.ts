/**
 * What Intl gives for English, without Intl: creating the first Intl.NumberFormat, PluralRules, ListFormat or
 * DateTimeFormat of a process loads its locale data, 10-80 ms each on this machine, more than most commands take
 * otherwise. Each function answers exactly as Intl does for English (test/unit/english-intl.test.ts compares them
 * over many values), or undefined where it does not try to, and Intl is asked then.
 */

/** True for the languages these functions speak: English and its regional variants. */
export function isEnglish(lang: string): boolean {
  return lang === 'en' || lang.startsWith('en-');
}

/** An integer as `Intl.NumberFormat(en, { useGrouping: false })` writes it; undefined for other numbers. */
export function englishInteger(value: number): string | undefined {
  return Number.isSafeInteger(value) && !Object.is(value, -0) ? String(value) : undefined;
}

/** The English plural category of an integer, as `Intl.PluralRules(en).select` gives it; undefined otherwise. */
export function englishPlural(count: number): Intl.LDMLPluralRule | undefined {
  if (!Number.isSafeInteger(count)) return undefined;
  return count === 1 || count === -1 ? 'one' : 'other';
}

/** Items joined as `Intl.ListFormat(en, { type: 'conjunction' })` joins them: "A", "A and B", "A, B, and C". */
export function englishList(items: readonly string[]): string {
  if (items.length <= 2) return items.join(' and ');
  return `${items.slice(0, -1).join(', ')}, and ${items.at(-1) ?? ''}`;
}
