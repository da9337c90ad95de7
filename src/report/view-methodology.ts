import type { Scorecard } from '../score/types.js';
import type { Translate } from '../i18n/format.js';
import { formatDecimal, formatPercent } from './format-number.js';
import { describeBands } from './view-scores.js';
import type { ReportView } from './view-types.js';
import { buildWorkedExample, describeWeightTable } from './worked-example.js';

/**
 * The method section: in the brief, how scores, bands and coverage work in three short paragraphs; in full, the
 * rules in words, a worked example (a dependency, a cross-cutting question and an unassessed one, scored by the
 * real scorer) and this report's own overall score. Both have the weighting and band tables.
 */
export function buildMethodology(
  card: Scorecard,
  t: Translate,
  language: string,
  detail: ReportView['detail'] = 'full',
): ReportView['method'] {
  if (detail === 'brief')
    return {
      paragraphs: [t('method.brief.scores'), t('method.brief.coverage'), t('method.brief.gaps')],
      weights: describeWeightTable(t),
      example: null,
      own: null,
      bands: describeBands(card),
    };
  const paragraphs = [
    t('methodology.weights'),
    t('methodology.basis'),
    t('methodology.conditions'),
    t('methodology.statuses'),
    t('methodology.groups'),
    t('methodology.themes'),
    t('methodology.gaps'),
    t('methodology.rounding'),
  ];
  const worked = buildWorkedExample(t, language);
  return {
    paragraphs,
    weights: describeWeightTable(t),
    example: { rows: worked.rows, lines: worked.lines },
    own: ownOverall(card, t),
    bands: describeBands(card),
  };
}

function ownOverall(card: Scorecard, t: Translate): string {
  const o = card.overall;
  const left = o.counts.na + o.counts.inapplicable;
  const zero = o.counts.absent + o.counts.unknown + o.counts.unanswered;
  return t('methodology.example.overall', {
    earned: formatDecimal(o.earned),
    possible: o.possible,
    percent: formatPercent(o.percent),
    count: o.counts.applicable,
    left: left > 0 ? t('methodology.example.left', { count: left }) : '',
    zero: zero > 0 ? t('methodology.example.zero', { count: zero }) : '',
  });
}
