import { formatCount, formatPercent } from '../report/format-number.js';
import { CHANGE_LABELS, formatPoints } from './view-rows.js';
import { toAgreementRow } from './view-scores.js';
import type { ChangeKind, Comparison, QuestionComparison } from './types.js';
import type { CompareRow, CompareView, RowGroup } from './view-types.js';

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
): { section: NonNullable<CompareView['progress']>; summary: string[] } {
  const of = (qs: readonly QuestionComparison[]) =>
    qs.map((q) => rows.get(q.id)).filter((r) => r !== undefined);
  const bySize = (qs: QuestionComparison[]) =>
    [...qs].sort((a, b) => b.weightedDifference - a.weightedDifference || a.current.index - b.current.index);
  const descriptions: Record<ChangeKind, string> = {
    regressed: `Answered at both dates, at a lower level in ${labels.current} than in ${labels.base}; largest weighted drop first.`,
    dropped: `Answered in ${labels.base}; “don’t know”, not applicable or not answered in ${labels.current}.`,
    improved: `Answered at both dates, at a higher level in ${labels.current}; largest weighted rise first.`,
    'newly-answered': `“Don’t know”, not applicable or not answered in ${labels.base}; answered in ${labels.current}.`,
    unchanged: 'The same answer at both dates, or no scored answer at either.',
  };
  const kinds = Object.keys(CHANGE_LABELS) as ChangeKind[];
  const groups = kinds.map((kind): RowGroup => {
    const qs = c.questions.filter((q) => q.change === kind);
    const ordered = kind === 'regressed' || kind === 'improved' ? bySize(qs) : qs;
    return group(kind, CHANGE_LABELS[kind], descriptions[kind], of(ordered));
  });
  const closed = of(c.questions.filter((q) => q.gapClosed));
  const opened = of(c.questions.filter((q) => q.gapOpened));
  const o = c.overall;
  const coverageSentence = `Coverage (answered / applicable) ${formatPercent(o.base.coverage)} (${o.base.counts.answered} of ${o.base.counts.applicable}) in ${labels.base} and ${formatPercent(o.current.coverage)} (${o.current.counts.answered} of ${o.current.counts.applicable}) in ${labels.current}: ${formatPoints(o.coverageDelta)}.`;
  const regressed = groups[0]?.rows ?? [];
  return {
    section: {
      counts: kinds.map((key, i) => ({ key, label: CHANGE_LABELS[key], count: groups[i]?.count ?? 0 })),
      groups,
      gapsClosed: group(
        'gaps-closed',
        'Gaps closed',
        `Below target in ${labels.base}, at target in ${labels.current}.`,
        closed,
      ),
      gapsOpened: group(
        'gaps-opened',
        'Gaps opened',
        `At target in ${labels.base}, below target in ${labels.current}.`,
        opened,
      ),
      coverage: {
        baseText: formatPercent(o.base.coverage),
        currentText: formatPercent(o.current.coverage),
        deltaText: formatPoints(o.coverageDelta),
        sentence: coverageSentence,
      },
    },
    summary: [
      `${kinds.map((k, i) => `${groups[i]?.count ?? 0} ${k === 'newly-answered' ? 'newly answered' : k}`).join(', ')}.`,
      ...(regressed.length > 0
        ? [
            `Regressions: ${regressed.map((r) => `${r.id} (${r.base.answerText} → ${r.current.answerText})`).join('; ')}.`,
          ]
        : []),
      `${formatCount(closed.length, 'gap')} closed, ${opened.length} opened.`,
      coverageSentence,
    ],
  };
}

/** The divergence part: agreement rates, the differences ranked, and questions only one side answered. */
export function buildDivergenceSection(
  c: Comparison,
  rows: Rows,
  labels: Labels,
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
      agreement: { overall: toAgreementRow(rate), pillars: c.agreement.pillars.map(toAgreementRow) },
      differences: group(
        'differences',
        'Where the answers differ',
        'Ranked by the size of the difference (as a share of the top of the scale) times the question’s weight.',
        ranked,
      ),
      oneSided: group(
        'one-sided',
        'Answered by one side only',
        `One side gave a scored answer; the other said “don’t know” (listed first), not applicable, or did not answer.`,
        oneRows,
      ),
      agreed: group(
        'agreed',
        'Where the answers agree',
        `${labels.base} and ${labels.current} gave the same answer.`,
        agreed,
      ),
    },
    summary: [
      `The two assessments agree on ${rate.agreed} of ${formatCount(rate.compared, 'question')} both answered (${formatPercent(rate.percent)}).`,
      ...(top
        ? [
            `The largest difference is on ${top.id}: ${top.base.answerText} (${labels.base}) against ${top.current.answerText} (${labels.current}).`,
          ]
        : []),
      `${formatCount(oneRows.length, 'question')} answered by one side only${unknowns > 0 ? `, ${unknowns} of them where the other said “don’t know”` : ''}.`,
    ],
  };
}

/** Questions that need attention are shown in full; the rest as table rows. */
const DETAILED = new Set(['regressed', 'dropped', 'differences', 'one-sided']);

function group(key: string, title: string, description: string, rows: CompareRow[]): RowGroup {
  return { key, title, description, count: rows.length, detailed: DETAILED.has(key), rows };
}
