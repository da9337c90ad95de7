import type { MessageKey } from '../i18n/en.js';
import { partSeparator, itemSeparator } from '../i18n/format.js';
import type { Translate } from '../i18n/format.js';
import { formatPercent } from '../report/format-number.js';
import { CHANGE_LABELS, formatPoints, shownDifference } from './view-rows.js';
import { toAgreementRow } from './view-scores.js';
import type { ChangeKind, Comparison, QuestionComparison } from './types.js';
import type { CompareRow, CompareView, RowGroup } from './view-types.js';
import { assessedCount } from '../score/aggregate.js';

type Labels = { base: string; current: string };
type Rows = ReadonlyMap<string, CompareRow>;

const EPSILON = 1e-9;

/** The questions where the two sides differ, largest weighted difference first; ties in checklist order. */
export function rankDifferences(c: Comparison): QuestionComparison[] {
  return c.questions
    .filter((q) => q.agreement === 'differ')
    .sort((a, b) =>
      Math.abs(b.weightedDifference - a.weightedDifference) > EPSILON
        ? b.weightedDifference - a.weightedDifference
        : a.current.index - b.current.index,
    );
}

/** The progress part of the report: every question by kind of change (regressions first), gaps, coverage. */
export function buildProgressSection(
  c: Comparison,
  rows: Rows,
  labels: Labels,
  t: Translate,
): { section: NonNullable<CompareView['progress']>; summary: string[] } {
  const of = (qs: readonly QuestionComparison[]) =>
    qs.map((q) => rows.get(q.id)).filter((r) => r !== undefined);
  const bySize = (qs: QuestionComparison[]) =>
    [...qs].sort((a, b) => b.weightedDifference - a.weightedDifference || a.current.index - b.current.index);
  const descriptions: Record<ChangeKind, MessageKey> = {
    regressed: 'compare.describe.regressed',
    dropped: 'compare.describe.dropped',
    improved: 'compare.describe.improved',
    'newly-answered': 'compare.describe.newly-answered',
    unchanged: 'compare.describe.unchanged',
  };
  const counted: Record<ChangeKind, MessageKey> = {
    regressed: 'compare.changeCount.regressed',
    dropped: 'compare.changeCount.dropped',
    improved: 'compare.changeCount.improved',
    'newly-answered': 'compare.changeCount.newly-answered',
    unchanged: 'compare.changeCount.unchanged',
  };
  const kinds = Object.keys(CHANGE_LABELS) as ChangeKind[];
  const groups = kinds.map((kind): RowGroup => {
    const qs = c.questions.filter((q) => q.change === kind);
    const ordered = kind === 'regressed' || kind === 'improved' ? bySize(qs) : qs;
    return group(kind, t(CHANGE_LABELS[kind]), t(descriptions[kind], labels), of(ordered));
  });
  const closed = of(c.questions.filter((q) => q.gapClosed));
  const opened = of(c.questions.filter((q) => q.gapOpened));
  const o = c.overall;
  const coverageDelta = formatPoints(
    o.coverageDelta === undefined ? undefined : shownDifference(o.base.coverage, o.current.coverage),
  );
  const coverageSentence = t('compare.coverageSentence', {
    basePercent: formatPercent(o.base.coverage),
    baseAnswered: assessedCount(o.base.counts),
    baseApplicable: o.base.counts.applicable,
    base: labels.base,
    currentPercent: formatPercent(o.current.coverage),
    currentAnswered: assessedCount(o.current.counts),
    currentApplicable: o.current.counts.applicable,
    current: labels.current,
    delta: coverageDelta,
  });
  const regressed = groups[0]?.rows ?? [];
  return {
    section: {
      counts: kinds.map((key, i) => ({ key, label: t(CHANGE_LABELS[key]), count: groups[i]?.count ?? 0 })),
      groups,
      gapsClosed: group(
        'gaps-closed',
        t('compare.gapsClosed.title'),
        t('compare.gapsClosed.describe', labels),
        closed,
      ),
      gapsOpened: group(
        'gaps-opened',
        t('compare.gapsOpened.title'),
        t('compare.gapsOpened.describe', labels),
        opened,
      ),
      coverage: {
        baseText: formatPercent(o.base.coverage),
        currentText: formatPercent(o.current.coverage),
        deltaText: coverageDelta,
        sentence: coverageSentence,
      },
    },
    summary: [
      t('compare.changeCounts', {
        counts: kinds.map((k, i) => t(counted[k], { count: groups[i]?.count ?? 0 })).join(itemSeparator()),
      }),
      ...(regressed.length > 0
        ? [
            t('compare.regressions', {
              list: regressed
                .map((r) =>
                  t('compare.regression', {
                    id: r.id,
                    text: r.text,
                    base: r.base.answerText,
                    current: r.current.answerText,
                  }),
                )
                .join(partSeparator()),
            }),
          ]
        : []),
      t('compare.gapsSummary', { count: closed.length, opened: opened.length }),
      coverageSentence,
    ],
  };
}

/** The divergence part: agreement rates, the differences ranked, and questions only one side answered. */
export function buildDivergenceSection(
  c: Comparison,
  rows: Rows,
  labels: Labels,
  t: Translate,
): { section: NonNullable<CompareView['divergence']>; summary: string[] } {
  const ranked = rankDifferences(c).map((q, i) => ({ ...(rows.get(q.id) as CompareRow), rank: i + 1 }));
  const unknownFirst = (q: QuestionComparison) =>
    q.base.status === 'unknown' || q.current.status === 'unknown' ? 0 : 1;
  const oneSided = c.questions
    .filter((q) => q.agreement === 'one-sided')
    .sort((a, b) => unknownFirst(a) - unknownFirst(b) || a.current.index - b.current.index);
  const oneRows = oneSided.map((q) => rows.get(q.id)).filter((r) => r !== undefined);
  const agreed = c.questions
    .filter((q) => q.agreement === 'agree')
    .map((q) => rows.get(q.id))
    .filter((r) => r !== undefined);
  const unknowns = oneSided.filter((q) => unknownFirst(q) === 0).length;
  const rate = c.agreement.overall;
  const top = ranked[0];
  return {
    section: {
      agreement: {
        overall: toAgreementRow(rate, t),
        pillars: c.agreement.pillars.map((p) => toAgreementRow(p, t)),
      },
      differenceCount: ranked.length,
      differences: group(
        'differences',
        t('compare.differences.title'),
        t('compare.differences.describe', { count: Math.min(DETAIL_TOP, ranked.length) }),
        ranked.slice(0, DETAIL_TOP),
      ),
      moreDifferences: group(
        'more-differences',
        t('compare.moreDifferences.title'),
        t('compare.moreDifferences.describe'),
        ranked.slice(DETAIL_TOP),
      ),
      oneSided: group('one-sided', t('compare.oneSided.title'), t('compare.oneSided.describe'), oneRows),
      agreed: group('agreed', t('compare.agreed.title'), t('compare.agreed.describe', labels), agreed),
    },
    summary: [
      t('compare.summary.agreement', {
        agreed: rate.agreed,
        count: rate.compared,
        percent: formatPercent(rate.percent),
      }),
      ...(top
        ? [
            t('compare.summary.largest', {
              id: top.id,
              text: top.text,
              base: top.base.answerText,
              baseLabel: labels.base,
              current: top.current.answerText,
              currentLabel: labels.current,
            }),
          ]
        : []),
      t('compare.summary.oneSided', {
        count: oneRows.length,
        unknowns: unknowns > 0 ? t('compare.summary.oneSidedUnknowns', { count: unknowns }) : '',
      }),
    ],
  };
}

/** How many of the largest differences are shown in full, with notes and evidence; the rest are table rows. */
export const DETAIL_TOP = 10;

/** How many questions the first page lists. */
export const HIGHLIGHT_TOP = 5;

/** Questions that need attention are shown in full; the rest as table rows. */
const DETAILED = new Set(['regressed', 'dropped', 'differences', 'one-sided']);

/** Lists where both answers are the same (or no scored answer at either): one answer column is enough. */
const ONE_COLUMN = new Set(['agreed', 'unchanged']);

function group(key: string, title: string, description: string, rows: CompareRow[]): RowGroup {
  return {
    key,
    title,
    description,
    count: rows.length,
    detailed: DETAILED.has(key),
    oneColumn: ONE_COLUMN.has(key),
    rows,
  };
}

/**
 * The first page's short list: the largest differences (divergence), or every regression and drop then the largest
 * rises (progress), at most HIGHLIGHT_TOP unless there are more regressions than that.
 */
export function buildHighlights(view: Pick<CompareView, 'progress' | 'divergence'>, t: Translate): RowGroup {
  if (view.divergence) {
    const rows = view.divergence.differences.rows.slice(0, HIGHLIGHT_TOP);
    return group(
      'highlights',
      t('compare.highlights.divergence'),
      t('compare.highlights.divergenceDescribe'),
      rows,
    );
  }
  const groups = view.progress?.groups ?? [];
  const of = (key: string) => groups.find((g) => g.key === key)?.rows ?? [];
  const bad = [...of('regressed'), ...of('dropped')];
  const rows = [...bad, ...of('improved')].slice(0, Math.max(HIGHLIGHT_TOP, bad.length));
  return group(
    'highlights',
    t('compare.highlights.progress'),
    t('compare.highlights.progressDescribe'),
    rows,
  );
}
