import type { MessageKey } from '../i18n/en.js';
import { translator, type Translate } from '../i18n/format.js';
import type { AnswersFile, ChecklistIndex } from '../model/checklist.js';
import { categoryId, categoryLabel } from '../model/checklist.js';
import { formatDecimal } from '../report/format-number.js';
import { FootnoteRegistry } from '../report/view-citations.js';
import { buildQuestionView, questionAnchor } from '../report/view-questions.js';
import { actorNames } from '../report/actor-names.js';
import type { QuestionView } from '../report/view-types.js';
import type { ChangeKind, QuestionComparison } from './types.js';
import type { CompareRow, SideAnswer } from './view-types.js';

/** The message keys of the kinds of change, in the order the report lists them. */
export const CHANGE_LABELS: Record<ChangeKind, MessageKey> = {
  regressed: 'compare.change.regressed',
  dropped: 'compare.change.dropped',
  improved: 'compare.change.improved',
  'newly-answered': 'compare.change.newly-answered',
  unchanged: 'compare.change.unchanged',
};

/** Counts evidence left out because it is not public, across both sides. */
export interface RowContext {
  includePrivate: boolean;
  withheld: { count: number };
  /** The messages of the report's own language. */
  t: Translate;
}

/** Builds the printable row of every compared question, keyed by id. */
export function buildRows(
  questions: readonly QuestionComparison[],
  index: ChecklistIndex,
  base: AnswersFile,
  current: AnswersFile,
  ctx: RowContext,
): Map<string, CompareRow> {
  const lang = index.checklist.language;
  const qctx = {
    lang,
    footnotes: new FootnoteRegistry(index.checklist),
    actorNames: actorNames(index.checklist, lang),
    ...ctx,
  };
  const pillarLabels = new Map(index.checklist.pillars.map((p) => [categoryId(p), categoryLabel(p, lang)]));
  const rows = new Map<string, CompareRow>();
  for (const q of questions) {
    const iq = index.byId.get(q.id);
    if (!iq) continue;
    const b = buildQuestionView(iq, base.answers[q.id], q.base, qctx);
    const c = buildQuestionView(iq, current.answers[q.id], q.current, qctx);
    rows.set(q.id, {
      id: q.id,
      anchor: questionAnchor(q.id),
      text: c.text,
      section: c.section,
      pillar: pillarLabels.get(iq.section.pillar) ?? iq.section.pillar,
      weight: iq.weight,
      change: q.change,
      changeLabel: ctx.t(CHANGE_LABELS[q.change]),
      agreement: q.agreement,
      deltaText:
        q.delta === undefined
          ? '–'
          : formatPoints(shownDifference(100 * (q.base.fraction ?? 0), 100 * (q.current.fraction ?? 0))),
      weightedText: formatDecimal(q.weightedDifference),
      rank: null,
      base: sideAnswer(b),
      current: sideAnswer(c),
      bothText:
        b.answerText === c.answerText
          ? c.answerText
          : ctx.t('compare.answerChange', { base: b.answerText, current: c.answerText }),
    });
  }
  return rows;
}

/**
 * current − base of the two percentages as the report shows them (whole numbers), so that "51% and 34%" always
 * comes with "−17 pts", never the "−16 pts" of the exact values; undefined when either side has none.
 */
export function shownDifference(base: number | undefined, current: number | undefined): number | undefined {
  if (base === undefined || current === undefined) return undefined;
  return (Math.round(current) || 0) - (Math.round(base) || 0);
}

/** A difference in percentage points: "+12 pts", "−5 pts", "±0 pts"; "n/a" when there is none (words from `t`). */
export function formatPoints(points: number | undefined, t: Translate = translator()): string {
  if (points === undefined) return t('words.notAvailable');
  const r = Math.round(points);
  const sign = r === 0 ? '±' : r > 0 ? '+' : '−';
  return t('words.points', { sign, points: Math.abs(r) });
}

function sideAnswer(v: QuestionView): SideAnswer {
  return {
    statusLabel: v.statusLabel,
    answerText: v.answerText,
    scoreText: v.scoreText,
    gapText: v.gapText,
    notes: v.notes,
    naReason: v.naReason,
    evidence: v.evidence,
  };
}
