import type { AnswersFile, ChecklistIndex } from '../model/checklist.js';
import { localize } from '../model/checklist.js';
import { checklistDigest } from '../model/digest.js';
import type { Scorecard } from '../score/types.js';
import { listOf, translator, type Translate } from '../i18n/format.js';
import { codeName } from './code-names.js';
import { reportAbsence } from './describe-absence.js';
import type { Basis } from '../model/basis.js';
import { actorNames } from './actor-names.js';
import { describeCoverage } from './describe-coverage.js';
import { describePrivacyNote } from './describe-privacy.js';
import { formatDecimal, formatPercent } from './format-number.js';
import { tieAfterTopGaps, TOP_GAPS } from '../score/rank-gaps.js';
import { buildAnswerDistribution, buildPillarThemeMap, buildScoreBars } from './view-charts.js';
import { describeSources, FootnoteRegistry } from './view-citations.js';
import { buildMethodology } from './view-methodology.js';
import { buildQuestionView, questionAnchor } from './view-questions.js';
import { buildFrameworkViews } from './view-frameworks.js';
import { toScoreRow } from './view-scores.js';
import type { ListedQuestion, ListView, QuestionView, ReportView } from './view-types.js';
import { buildActionRow, markInActionTable } from './view-actions.js';
import { buildProfile } from './view-profile.js';
import type { ReportDetail } from './report-detail.js';
import { formatDate } from '../text/format-date.js';
import { pageLanguage } from '../i18n/direction.js';

/** Options that change what a report contains. */
export interface ReportOptions {
  includePrivate: boolean;
  /** "opsc-audit 0.1.0". */
  generator: string;
  /** Warnings to print in the report (such as a changed checklist). */
  warnings?: string[];
  /** The language of the report's own text (headings, sentences); English when not given. */
  language?: string;
  /** Show only the gaps of these bases (`report --basis`); every gap when not given. */
  basis?: readonly Basis[];
  /** `brief` (the default): profile, actions, scores, short method; `full` adds the annex and every list. */
  detail?: ReportDetail;
}

/** Builds the finished report view model; every number and sentence is computed here. */
export function buildReportView(
  index: ChecklistIndex,
  answers: AnswersFile,
  card: Scorecard,
  options: ReportOptions,
): ReportView {
  const { checklist } = index;
  const lang = checklist.language;
  const t = translator(options.language);
  const page = pageLanguage(options.language);
  const footnotes = new FootnoteRegistry(checklist, { byDocument: true });
  const withheld = { count: 0 };
  const ctx = {
    lang,
    t,
    footnotes,
    includePrivate: options.includePrivate,
    withheld,
    actorNames: actorNames(checklist, lang),
  };
  const views = new Map<string, QuestionView>();
  const scores = new Map(card.questions.map((q) => [q.id, q]));
  const basis = options.basis;
  const shown = basis
    ? card.gaps.filter((id) => basis.includes(scores.get(id)?.basis ?? 'practice'))
    : card.gaps;
  const top = shown.slice(0, TOP_GAPS);
  // The action table first, so that its documents are the first notes (the brief lists only those).
  const ordered = [...top, ...card.questions.map((q) => q.id)];
  for (const id of ordered) {
    if (views.has(id)) continue;
    const iq = index.byId.get(id);
    const score = scores.get(id);
    if (!iq || !score) continue;
    const v = buildQuestionView(iq, answers.answers[id], score, ctx);
    if (score.status === 'absent')
      v.answerText = reportAbsence(score, index, answers.answers, scores, t, options.language ?? 'en');
    views.set(id, v);
  }
  const view = (id: string): QuestionView => views.get(id) as QuestionView;
  const detail = options.detail ?? 'brief';
  const full = detail === 'full';
  const rows = top.map((id, i) => buildActionRow(i + 1, view(id), t));
  top.forEach((id, i) => {
    markInActionTable(view(id), i + 1, t);
  });
  const listed = (status: string, detailOf: (v: QuestionView) => string | null): ListedQuestion[] =>
    card.questions
      .filter((q) => q.scored && q.status === status)
      .map((q) => ({
        id: q.id,
        anchor: questionAnchor(q.id),
        text: view(q.id).text,
        detail: detailOf(view(q.id)),
      }));
  const r = answers.respondent;
  const checklistTitle = localize(checklist.title, lang);
  const crossCutting = card.crossCutting.counts.total > 0 ? toScoreRow(card.crossCutting, card, t) : null;
  const coverage = `${describeCoverage(card.overall, t, true)}.`;
  const date = r.date !== undefined ? formatDate(r.date, options.language) : null;
  const checklistView = {
    id: checklist.id,
    version: checklist.version,
    title: checklistTitle,
    description: checklist.description ? localize(checklist.description, lang).trim() : null,
    digest: checklistDigest(checklist),
  };
  const profile = buildProfile(
    card,
    { respondent: r, contributors: answers.contributors, date, checklist: checklistView, detail },
    t,
  );
  const lists = {
    notApplicable: buildList(
      t('report.lists.notApplicable'),
      [...listed('na', (v) => v.naReason), ...listed('inapplicable', () => t('report.conditionNotMet'))],
      full,
      t,
    ),
    dataGaps: buildList(
      t('report.lists.unknown'),
      listed('unknown', (v) => v.notes),
      full,
      t,
    ),
    unanswered: buildList(
      t('report.lists.unanswered'),
      listed('unanswered', () => null),
      full,
      t,
    ),
    unscored: buildList(
      t('report.lists.unscored'),
      card.unscored.map((id) => ({
        id,
        anchor: questionAnchor(id),
        text: view(id).text,
        detail: view(id).answerText || null,
      })),
      full,
      t,
    ),
  };
  const cited = new Set(rows.flatMap((row) => row.citations.map((c) => c.number)));
  const notes = full ? footnotes.list() : footnotes.list().filter((n) => cited.has(n.number));
  const noted = new Set(notes.map((n) => n.label));
  return {
    format: 'opsc-audit/report@1',
    generator: options.generator,
    ...page,
    detail,
    title: profile.title,
    checklist: checklistView,
    respondent: {
      country: r.country ?? null,
      organization: r.organization ?? null,
      role: r.role ?? null,
      name: r.name ?? null,
      date,
      line: [
        r.organization,
        r.role ? `(${codeName('role', r.role, t)})` : undefined,
        r.country ? `– ${r.country}` : undefined,
      ]
        .filter((x): x is string => Boolean(x))
        .join(' '),
    },
    coverage: {
      percentText: formatPercent(card.overall.coverage),
      sentence: coverage,
    },
    draft: card.draft
      ? t('draft.mark', { unassessed: card.draft.unassessed, count: card.draft.total })
      : null,
    profile,
    actions: {
      rows,
      filter: basis ? describeGapFilter(basis, shown.length, card.gaps.length, t, options.language) : null,
      moreTied: describeMoreTied({ questions: card.questions, gaps: shown }, t),
      moreGaps:
        shown.length > rows.length
          ? t(full ? 'report.actions.moreGapsFull' : 'report.actions.moreGaps', {
              count: shown.length - rows.length,
            })
          : null,
    },
    charts: {
      pillars: buildScoreBars('chart-pillars', t('report.chart.pillars'), card.pillars, card, t, page.dir),
      themes: buildScoreBars(
        'chart-themes',
        t('report.chart.themes'),
        crossCutting ? [...card.themes, card.crossCutting] : card.themes,
        card,
        t,
        page.dir,
      ),
      heatmap: buildPillarThemeMap(index, card, t, page.dir),
      distribution: buildAnswerDistribution(index, card, t, page.dir),
    },
    pillars: card.pillars.map((g) => toScoreRow(g, card, t)),
    themes: card.themes.map((g) => toScoreRow(g, card, t)),
    crossCutting,
    themesNote: t('report.themesNote', { count: card.crossCutting.counts.total }),
    actors: full ? card.actors.filter((g) => g.counts.total > 0).map((g) => toScoreRow(g, card, t)) : [],
    frameworks: full ? buildFrameworkViews(card, t) : [],
    lists,
    privacy: {
      includePrivate: options.includePrivate,
      withheld: withheld.count,
      note: describePrivacyNote(withheld.count, t),
    },
    warnings: options.warnings ?? [],
    method: buildMethodology(card, t, options.language ?? 'en', detail),
    footnotes: notes,
    sources: describeSources(checklist).filter((src) => !noted.has(src.id)),
    annex: full
      ? {
          sections: checklist.sections.map((s) => ({
            id: s.id,
            anchor: `s-${s.id}`,
            title: localize(s.title, lang),
            pillar: index.checklist.pillars.length > 0 ? pillarLabel(card, s.pillar) : s.pillar,
            score: toScoreRow(card.sections.find((x) => x.id === s.id) ?? card.overall, card, t),
            questions: s.questions.map((q) => view(q.id)),
          })),
        }
      : null,
  };
}

/** A list of questions with its count line; the items only in the full report. */
function buildList(heading: string, items: ListedQuestion[], full: boolean, t: Translate): ListView {
  return {
    heading,
    count: t('report.lists.count', { heading, count: items.length }),
    items: full ? items : [],
  };
}

function pillarLabel(card: Scorecard, id: string): string {
  return card.pillars.find((p) => p.id === id)?.label ?? id;
}

/** "Gaps shown: obligation and recommendation only (12 of 40 gaps)." */
function describeGapFilter(
  basis: readonly Basis[],
  shown: number,
  all: number,
  t: Translate,
  language = 'en',
): string {
  const names = listOf(
    basis.map((b) => codeName('basis', b, t)),
    language,
  );
  return t('report.gapFilter', { bases: names, shown, count: all });
}

/** "… and 9 more gaps at the same priority": the gaps a top list leaves out though they tie with its last one. */
function describeMoreTied(card: Pick<Scorecard, 'questions' | 'gaps'>, t: Translate): string | null {
  const tie = tieAfterTopGaps(card);
  return tie ? t('gaps.moreTied', { count: tie.count, gap: formatDecimal(tie.gap) }) : null;
}
