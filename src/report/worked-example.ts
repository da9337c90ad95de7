import type { Answer, Checklist } from '../model/checklist.js';
import { itemSeparator } from '../i18n/format.js';
import { indexChecklist, localize } from '../model/checklist.js';
import { BASES, BASIS_WEIGHTS } from '../model/basis.js';
import type { Translate } from '../i18n/format.js';
import { scoreAnswers } from '../score/score-answers.js';
import type { GroupScore, QuestionScore, Scorecard } from '../score/types.js';
import { codeName } from './code-names.js';
import { reportAbsence } from './describe-absence.js';
import { describeAnswer } from './view-questions.js';
import { formatDecimal, formatPercent } from './format-number.js';
import { assessedCount } from '../score/aggregate.js';

/** One question of the worked example, as the methodology table prints it. */
export interface WorkedRow {
  id: string;
  text: string;
  basis: string;
  weight: number;
  themes: string;
  status: string;
  score: string;
  contribution: string;
  gap: string;
}

/** The worked example of every methodology section and of the README: four questions, scored for real. */
export interface WorkedExample {
  rows: WorkedRow[];
  /** The sentences that follow the table: overall, coverage, draft, themes, ranking. */
  lines: string[];
  /** The scorecard behind it, for tests that check the printed figures. */
  card: Scorecard;
}

/**
 * The example checklist: a helpline that does not exist (a cross-cutting obligation), its round-the-clock
 * service (a dependency, so not in place), a minimum marriage age in part in place (specific to child marriage)
 * and a tourism code of conduct nobody has assessed yet. Its texts come from the catalog, so the example reads
 * in the report's language; its numbers come from the real scorer, so they can never drift from the rule.
 */
export function workedExampleChecklist(t: Translate): {
  checklist: Checklist;
  answers: Record<string, Answer>;
} {
  const checklist: Checklist = {
    format: 'opsc-audit/checklist@1',
    id: 'worked-example',
    version: '1.0.0',
    title: t('worked.title'),
    language: 'en',
    sources: [{ id: 'EX', title: t('worked.title'), paragraphs: 1 }],
    scale: [
      { key: 'none', value: 0, label: t('worked.level.none') },
      { key: 'initial', value: 1, label: t('worked.level.initial') },
      { key: 'partial', value: 2, label: t('worked.level.partial') },
      { key: 'established', value: 3, label: t('worked.level.established') },
    ],
    bands: [
      { min: 0, label: 'Initial' },
      { min: 40, label: 'Developing' },
    ],
    pillars: ['protection'],
    themes: [
      { id: 'child_marriage', label: t('worked.theme.childMarriage') },
      { id: 'travel_tourism', label: t('worked.theme.travelTourism') },
    ],
    sections: [
      {
        id: 'example',
        pillar: 'protection',
        title: t('worked.title'),
        questions: [
          {
            id: 'HLP-01',
            text: t('worked.q.helpline'),
            kind: 'yesno',
            basis: 'obligation',
            weight: 4,
            refs: { crc: ['art. 19'] },
          },
          {
            id: 'HLP-02',
            text: t('worked.q.allHours'),
            basis: 'recommendation',
            weight: 3,
            requires: { question: 'HLP-01', equals: true },
          },
          {
            id: 'LAW-01',
            text: t('worked.q.marriageAge'),
            basis: 'obligation',
            weight: 5,
            themes: ['child_marriage'],
            refs: { crc: ['art. 24'] },
          },
          {
            id: 'TOU-01',
            text: t('worked.q.tourismCode'),
            basis: 'practice',
            weight: 2,
            themes: ['travel_tourism'],
          },
        ],
      },
    ],
  };
  const answers: Record<string, Answer> = { 'HLP-01': { value: false }, 'LAW-01': { level: 'partial' } };
  return { checklist, answers };
}

/** Scores the example and words it for the methodology section. */
export function buildWorkedExample(t: Translate, language = 'en'): WorkedExample {
  const { checklist, answers } = workedExampleChecklist(t);
  const index = indexChecklist(checklist);
  const card = scoreAnswers(index, answers);
  const text = new Map(
    index.questions.map((q) => [q.question.id, localize(q.question.text, checklist.language)]),
  );
  const scores = new Map(card.questions.map((q) => [q.id, q]));
  const statusOf = (q: QuestionScore): string => {
    const iq = index.byId.get(q.id);
    if (q.status === 'absent') return reportAbsence(q, index, answers, scores, t, language);
    return iq ? describeAnswer(iq, answers[q.id], q, checklist.language, t) : '';
  };
  const rows = card.questions.map((q) => ({
    id: q.id,
    text: text.get(q.id) ?? '',
    basis: codeName('basis', q.basis, t),
    weight: q.weight,
    themes: q.themes.length === 0 ? t('score.crossCutting') : themeLabels(q, card),
    status: statusOf(q),
    score: q.fraction === undefined ? '–' : formatDecimal(q.fraction),
    contribution: q.fraction === undefined ? '–' : formatDecimal(q.weight * q.fraction),
    gap: q.gap > 0 ? formatDecimal(q.gap) : '–',
  }));
  const o = card.overall;
  const theme = (id: string): GroupScore | undefined => card.themes.find((g) => g.id === id);
  const cm = theme('child_marriage');
  const tt = theme('travel_tourism');
  const lines = [
    t('worked.overall', {
      earned: formatDecimal(o.earned),
      possible: o.possible,
      percent: formatPercent(o.percent),
    }),
    t('worked.coverage', {
      assessed: assessedCount(o.counts),
      count: o.counts.applicable,
      percent: formatPercent(o.coverage),
      unassessed: o.counts.unanswered,
    }),
    t('worked.themes', {
      crossCutting: formatPercent(card.crossCutting.percent),
      childMarriage: formatPercent(cm?.percent),
      tourism: formatPercent(tt?.percent),
    }),
    t('worked.ranking', { gaps: card.gaps.join(itemSeparator()) }),
  ];
  return { rows, lines, card };
}

/** The weighting table, one row per basis: "obligation", "4 to 5". */
export function describeWeightTable(t: Translate): { basis: string; range: string }[] {
  return BASES.map((b) => ({
    basis: codeName('basis', b, t),
    range: t('worked.weightRange', { min: BASIS_WEIGHTS[b].min, max: BASIS_WEIGHTS[b].max }),
  }));
}

function themeLabels(q: QuestionScore, card: Scorecard): string {
  return q.themes.map((id) => card.themes.find((g) => g.id === id)?.label ?? id).join(itemSeparator());
}
