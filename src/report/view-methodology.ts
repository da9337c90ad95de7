import type { Scorecard } from '../score/types.js';
import { formatCount, formatDecimal, formatPercent } from './format-number.js';
import { describeBands } from './view-scores.js';
import type { QuestionView, ReportView } from './view-types.js';

/** The methodology section: the formula in words, and a worked example using this report's own numbers. */
export function buildMethodology(
  card: Scorecard,
  views: ReadonlyMap<string, QuestionView>,
): ReportView['methodology'] {
  const paragraphs = [
    'Each scored question q has a weight w(q) from 1 to 5, an answer value v(q) and a top value m (the highest level of its scale or options). Its score is s(q) = v(q) / m.',
    'A section, pillar, theme or actor score is Σ w·s / Σ w over its applicable questions, as a percentage. A question answered “not applicable”, or whose condition on earlier answers is not met, leaves the denominator. “Don’t know” and unanswered questions stay in it at 0 and are counted separately, so coverage (answered / applicable) is shown beside every score.',
    'A question’s gap is w(q) · (target(q) − v(q)) / m when positive, where the target is the level the checklist sets (by default the top of the scale). Gaps are ranked by this figure, largest first; equal gaps keep checklist order. Unscored questions (free text, numbers without thresholds) are listed but never scored.',
    `Percentages are rounded to whole numbers for display only; ranking and bands use exact values. The maturity band is the highest band whose minimum the percentage reaches.`,
  ];
  return { paragraphs, example: workedExample(card, views), bands: describeBands(card) };
}

function workedExample(card: Scorecard, views: ReadonlyMap<string, QuestionView>): string[] {
  const pick =
    card.questions.find((q) => q.id === card.gaps[0] && q.status === 'answered') ??
    card.questions.find((q) => q.counted && q.status === 'answered');
  const lines: string[] = [];
  if (pick && pick.value !== undefined && pick.max !== undefined && pick.target !== undefined) {
    const view = views.get(pick.id);
    const w = pick.weight;
    lines.push(
      `${pick.id} has weight w = ${w}, answer “${view?.answerText ?? ''}” (v = ${pick.value}), top value m = ${pick.max} and target ${pick.target}.`,
      `Its score is s = v / m = ${pick.value} / ${pick.max} = ${formatPercent(100 * (pick.fraction ?? 0))}; it contributes w·s = ${formatDecimal(w * (pick.fraction ?? 0))} of a possible ${w}.`,
      `Its gap is w · (target − v) / m = ${w} × (${pick.target} − ${pick.value}) / ${pick.max} = ${formatDecimal(pick.gap)}.`,
    );
  }
  const o = card.overall;
  const left = o.counts.na + o.counts.inapplicable;
  lines.push(
    `Overall: Σ w·s / Σ w = ${formatDecimal(o.earned)} / ${o.possible} = ${formatPercent(o.percent)}, over ${formatCount(o.counts.applicable, 'applicable question')}${left > 0 ? ` (${left} not applicable left out)` : ''}${o.counts.unknown + o.counts.unanswered > 0 ? `, of which ${o.counts.unknown + o.counts.unanswered} count at 0 as don’t know or unanswered` : ''}.`,
  );
  return lines;
}
