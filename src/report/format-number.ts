import { translator, type Translate } from '../i18n/format.js';
import { isEnglish } from '../i18n/english.js';
import { currentLanguage } from '../i18n/index.js';

/** A percentage for display, rounded to a whole number: "42%", or "n/a" when there is none (words from `t`). */
export function formatPercent(percent: number | undefined, t: Translate = translator()): string {
  // `|| 0`: a score that rounds to minus zero is shown as 0, never "-0".
  return percent === undefined
    ? t('words.notAvailable')
    : t('words.percent', { percent: Math.round(percent) || 0 });
}

/** A percentage rounded to a whole number, for widths and sorting in views; 0 when there is none. */
export function roundPercent(percent: number | undefined): number {
  return percent === undefined ? 0 : Math.round(percent);
}

/** A weighted gap or score with two decimals, as the language writes it: "1.50" in English, "1,50" in French. */
export function formatDecimal(value: number, lang: string = currentLanguage()): string {
  if (isEnglish(lang)) return value.toFixed(2);
  let format = decimals.get(lang);
  if (!format) {
    format = new Intl.NumberFormat(lang, {
      minimumFractionDigits: 2,
      maximumFractionDigits: 2,
      useGrouping: false,
    });
    decimals.set(lang, format);
  }
  return format.format(value);
}

// One format per language: creating an Intl.NumberFormat costs more than a report's every use of it.
const decimals = new Map<string, Intl.NumberFormat>();
