import type { Translate } from '../i18n/format.js';

/** How the comparison is made, in words: the scoring formula, the kinds of change, and version handling. */
export function describeMethodology(
  mode: 'progress' | 'divergence',
  labels: { base: string; current: string },
  t: Translate,
): string[] {
  const common = [
    t('compare.methodology.scoring'),
    t('compare.methodology.matching'),
    t('compare.methodology.points', labels),
  ];
  if (mode === 'progress')
    return [...common, t('compare.methodology.changes', labels), t('compare.methodology.gaps')];
  return [...common, t('compare.methodology.agreement'), t('compare.methodology.oneSided')];
}
