import type { Translate } from '../i18n/format.js';
import type { CompareMode } from './types.js';
import type { SideView } from './view-types.js';

/**
 * Whose comparison this is, as its title: "Veloria: Ministry of Justice and Child Rights Coalition compared", or for
 * progress "Veloria: Ministry of Justice, 2024-03-01 and 2026-05-01 compared"; the checklist's title stands in for
 * an organization nobody named.
 */
export function describeTitle(
  mode: CompareMode,
  sides: { base: SideView; current: SideView },
  checklistTitle: string,
  t: Translate,
): string {
  const country = sides.current.country ?? sides.base.country;
  const base = sides.base.label;
  const current = sides.current.label;
  if (mode === 'divergence')
    return country
      ? t('compare.title.divergence', { country, base, current })
      : t('compare.title.divergenceNoCountry', { base, current });
  const who = sides.current.organization ?? sides.base.organization ?? checklistTitle;
  return country
    ? t('compare.title.progress', { country, who, base, current })
    : t('compare.title.progressNoCountry', { who, base, current });
}
