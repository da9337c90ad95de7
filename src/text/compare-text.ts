/**
 * `a.localeCompare(b)` as a sort needs it (its sign), without the collator where the result is known: the first
 * use of the process's collator costs 10 to 25 ms (ICU builds it), more than a short run's every other step.
 *
 * - Equal strings are equal in every locale.
 * - Names made only of `_ - . /`, digits and lowercase ASCII letters (most file names and every diagnostic code)
 *   collate in CLDR's root order, which English keeps: those marks, then digits, then letters, one after another,
 *   a shorter name first. Other locales reorder letters (Danish `aa`, Estonian `z`, Czech `ch`), so this holds
 *   only when the bin says the process's default locale is English or none (`usePlainCollation`).
 */
export function compareText(a: string, b: string): number {
  if (a === b) return 0;
  if (!plainCollation || !PLAIN.test(a) || !PLAIN.test(b)) return a.localeCompare(b);
  const length = Math.min(a.length, b.length);
  for (let i = 0; i < length; i++) {
    const d = RANK.indexOf(a.charAt(i)) - RANK.indexOf(b.charAt(i));
    if (d !== 0) return Math.sign(d);
  }
  return Math.sign(a.length - b.length);
}

/** The characters whose root collation order is their order here. */
const RANK = '_-./0123456789abcdefghijklmnopqrstuvwxyz';
const PLAIN = /^[_\-./0-9a-z]*$/;

let plainCollation = false;

/** Tells compareText whether the process's default locale collates plain names in root order (collatesPlainly). */
export function usePlainCollation(env: Readonly<Record<string, string | undefined>>): void {
  plainCollation = collatesPlainly(env);
}

/**
 * Whether the default locale `localeCompare` uses (ICU takes it from `LC_ALL`, then `LC_MESSAGES`, then `LANG`)
 * collates plain names in root order: true for English, `C`, `POSIX` or none; false for any other, or a variant.
 */
export function collatesPlainly(env: Readonly<Record<string, string | undefined>>): boolean {
  const locale = ['LC_ALL', 'LC_MESSAGES', 'LANG']
    .map((name) => env[name])
    .find((value) => value !== undefined && value !== '');
  return locale === undefined || /^(C|POSIX|en)([._-][\w.-]*)?$/.test(locale);
}
