import type { Translate } from '../i18n/format.js';
import { partSeparator, itemSeparator } from '../i18n/format.js';
import type { GroupScore } from '../score/types.js';
import { formatPercent } from './format-number.js';
import { assessedCount } from '../score/aggregate.js';

/**
 * How much of a group was assessed, for the report and the terminal alike: "7 of 9 applicable questions
 * assessed (coverage 78%); 1 not in place by dependency; 1 no data (don’t know), 1 not yet assessed; 1 not
 * applicable" (the coverage figure only when asked for; no final full stop). The counts are those of
 * STATUS_CATEGORIES.
 */
export function describeCoverage(g: GroupScore, t: Translate, withPercent: boolean): string {
  const c = g.counts;
  const assessed = t('coverage.assessed', { assessed: assessedCount(c), count: c.applicable });
  const parts = [
    withPercent ? `${assessed}${t('coverage.percent', { percent: formatPercent(g.coverage) })}` : assessed,
  ];
  if (c.absent > 0) parts.push(t('coverage.absent', { count: c.absent }));
  const missing = [
    c.unknown > 0 ? t('coverage.unknown', { count: c.unknown }) : '',
    c.unanswered > 0 ? t('coverage.unanswered', { count: c.unanswered }) : '',
  ].filter(Boolean);
  if (missing.length > 0) parts.push(missing.join(itemSeparator()));
  const out = c.na + c.inapplicable;
  if (out > 0) parts.push(t('coverage.notApplicable', { count: out }));
  return parts.join(partSeparator());
}
