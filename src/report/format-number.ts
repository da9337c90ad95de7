import { translator, type Translate } from '../i18n/format.js';

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

/** A weighted gap or score with two decimals: "1.50". */
export function formatDecimal(value: number): string {
  return value.toFixed(2);
}
