import type { Translate } from '../i18n/format.js';
import type { GroupScore } from '../score/types.js';
import { formatPercent } from './format-number.js';

/**
 * How much of a group was answered, for the report and the terminal alike:
 * "7 of 9 applicable questions answered (coverage 78%); 1 don’t know, 1 unanswered; 1 not applicable"
 * (the coverage figure only when asked for; no final full stop).
 */
export function describeCoverage(g: GroupScore, t: Translate, withPercent: boolean): string {
  const c = g.counts;
  const answered = t('coverage.answered', { answered: c.answered, count: c.applicable });
  const parts = [
    withPercent ? `${answered}${t('coverage.percent', { percent: formatPercent(g.coverage) })}` : answered,
  ];
  const missing = [
    c.unknown > 0 ? t('coverage.unknown', { count: c.unknown }) : '',
    c.unanswered > 0 ? t('coverage.unanswered', { count: c.unanswered }) : '',
  ].filter(Boolean);
  if (missing.length > 0) parts.push(missing.join(', '));
  const out = c.na + c.inapplicable;
  if (out > 0) parts.push(t('coverage.notApplicable', { count: out }));
  return parts.join('; ');
}
