import type { Translate } from '../i18n/format.js';

/** The privacy notice of a report or comparison: how many evidence items were withheld, or null when none were. */
export function describePrivacyNote(withheld: number, t: Translate): string | null {
  return withheld > 0 ? t('privacy.withheld', { count: withheld }) : null;
}
