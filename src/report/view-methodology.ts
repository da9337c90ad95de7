import type { Scorecard } from '../score/types.js';
import type { Translate } from '../i18n/format.js';
import { formatDecimal, formatPercent } from './format-number.js';
import { describeBands } from './view-scores.js';
import type { QuestionView, ReportView } from './view-types.js';

/** The methodology section: the formula in words, and a worked example using this report's own numbers. */
export function buildMethodology(
  card: Scorecard,
  views: ReadonlyMap<string, QuestionView>,
  t: Translate,
): ReportView['methodology'] {
  const paragraphs = [
    t('methodology.weights'),
    t('methodology.groups'),
    t('methodology.gaps'),
    t('methodology.rounding'),
  ];
  return { paragraphs, example: workedExample(card, views, t), bands: describeBands(card) };
}

function workedExample(card: Scorecard, views: ReadonlyMap<string, QuestionView>, t: Translate): string[] {
  const pick =
    card.questions.find((q) => q.id === card.gaps[0] && q.status === 'answered') ??
    card.questions.find((q) => q.counted && q.status === 'answered');
  const lines: string[] = [];
  if (pick && pick.value !== undefined && pick.max !== undefined && pick.target !== undefined) {
    const view = views.get(pick.id);
    const w = pick.weight;
    const [value, max, target] = [pick.value, pick.max, pick.target];
    const fraction = pick.fraction ?? 0;
    lines.push(
      t('methodology.example.question', {
        id: pick.id,
        weight: w,
        answer: view?.answerText ?? '',
        value,
        max,
        target,
      }),
      t('methodology.example.score', {
        value,
        max,
        percent: formatPercent(100 * fraction),
        contribution: formatDecimal(w * fraction),
        weight: w,
      }),
      t('methodology.example.gap', { weight: w, target, value, max, gap: formatDecimal(pick.gap) }),
    );
  }
  const o = card.overall;
  const left = o.counts.na + o.counts.inapplicable;
  const zero = o.counts.unknown + o.counts.unanswered;
  lines.push(
    t('methodology.example.overall', {
      earned: formatDecimal(o.earned),
      possible: o.possible,
      percent: formatPercent(o.percent),
      count: o.counts.applicable,
      left: left > 0 ? t('methodology.example.left', { count: left }) : '',
      zero: zero > 0 ? t('methodology.example.zero', { count: zero }) : '',
    }),
  );
  return lines;
}
