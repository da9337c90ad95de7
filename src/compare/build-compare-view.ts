import type { AnswersFile, ChecklistIndex } from '../model/checklist.js';
import { localize } from '../model/checklist.js';
import { checklistDigest } from '../model/digest.js';
import { pageLanguage } from '../i18n/direction.js';
import { translator, type MessageParams, type Translate } from '../i18n/format.js';
import { codeName } from '../report/code-names.js';
import { describePrivacyNote } from '../report/describe-privacy.js';
import { buildDivergenceChart, buildPillarChart, describeDivergenceTie } from './view-charts.js';
import { describeMethodology } from './view-methodology.js';
import {
  buildDivergenceSection,
  buildHighlights,
  buildProgressSection,
  rankDifferences,
} from './view-sections.js';
import { describeTitle } from './view-title.js';
import { buildRows } from './view-rows.js';
import { describeSides, toDeltaRow } from './view-scores.js';
import { describeVersions } from './view-versions.js';
import type { Comparison } from './types.js';
import type { CompareView } from './view-types.js';

/** Options that change what a comparison report contains. */
export interface CompareViewOptions {
  includePrivate: boolean;
  /** "opsc-audit 0.1.0". */
  generator: string;
  files: { base: string; current: string };
  warnings?: string[];
  /** The language of the report's own text (headings, sentences); English when not given. */
  language?: string;
}

/** Builds the finished comparison view model; every number and sentence is computed here. */
export function buildCompareView(
  comparison: Comparison,
  index: ChecklistIndex,
  answers: { base: AnswersFile; current: AnswersFile },
  options: CompareViewOptions,
): CompareView {
  const { checklist } = index;
  const lang = checklist.language;
  const t = translator(options.language);
  const page = pageLanguage(options.language);
  const { mode } = comparison;
  const bands = comparison.currentCard.bands;
  const withheld = { count: 0 };
  const rows = buildRows(comparison.questions, index, answers.base, answers.current, {
    includePrivate: options.includePrivate,
    withheld,
    t,
  });
  const sides = describeSides(mode, options.files, answers.base, answers.current, t);
  const labels = { base: sides.base.label, current: sides.current.label };
  const title = localize(checklist.title, lang);
  const versions = describeVersions(comparison.versions, sides, t);
  const progress = mode === 'progress' ? buildProgressSection(comparison, rows, labels, t) : null;
  const divergence = mode === 'divergence' ? buildDivergenceSection(comparison, rows, labels, t) : null;
  const overall = toDeltaRow(comparison.overall, bands);
  return {
    format: 'opsc-audit/compare@1',
    generator: options.generator,
    ...page,
    mode,
    modeReason: t(comparison.modeReason.key, namedReasonParams(comparison.modeReason.params, t)),
    title: describeTitle(mode, sides, title, t),
    subtitle: title,
    checklist: { id: checklist.id, version: checklist.version, title, digest: checklistDigest(checklist) },
    base: sides.base,
    current: sides.current,
    summary: [
      t('compare.summary.overall', {
        base: overall.baseText,
        baseLabel: labels.base,
        current: overall.currentText,
        currentLabel: labels.current,
        delta: overall.deltaText,
        count: comparison.versions.comparable.length,
      }),
      ...describeDrafts(comparison, labels, t),
      ...(progress?.summary ?? divergence?.summary ?? []),
      ...(versions.excluded > 0 ? [versions.sentence] : []),
    ],
    highlights: buildHighlights(
      { progress: progress?.section ?? null, divergence: divergence?.section ?? null },
      t,
    ),
    overall,
    pillars: comparison.pillars.map((g) => toDeltaRow(g, bands)),
    themes: comparison.themes.map((g) => toDeltaRow(g, bands)),
    sections: comparison.sections.map((g) => toDeltaRow(g, bands)),
    charts: {
      pillars: buildPillarChart(labels, comparison.overall, comparison.pillars, t, page.dir),
      divergence:
        mode === 'divergence' ? buildDivergenceChart(labels, rankDifferences(comparison), t, page.dir) : null,
      divergenceTie: mode === 'divergence' ? describeDivergenceTie(rankDifferences(comparison), t) : null,
    },
    progress: progress?.section ?? null,
    divergence: divergence?.section ?? null,
    versions: versions.view,
    privacy: {
      includePrivate: options.includePrivate,
      withheld: withheld.count,
      note: describePrivacyNote(withheld.count, t),
    },
    warnings: options.warnings ?? [],
    methodology: describeMethodology(mode, labels, t),
  };
}

/** The reason's role parameters (`base`, `current`) are codes: a reader gets their names. `--mode {mode}` stays. */
function namedReasonParams(params: MessageParams | undefined, t: Translate): MessageParams {
  const named: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(params ?? {}))
    named[name] = name === 'base' || name === 'current' ? codeName('role', String(value), t) : value;
  return named;
}

/** "2024-10-03 is a draft: 2 of 102 questions not yet assessed.", for each side with questions not yet assessed. */
function describeDrafts(
  comparison: Comparison,
  labels: { base: string; current: string },
  t: Translate,
): string[] {
  const sides = [
    { label: labels.base, draft: comparison.baseCard.draft },
    { label: labels.current, draft: comparison.currentCard.draft },
  ];
  return sides.flatMap(({ label, draft }) =>
    draft ? [t('compare.draftSide', { side: label, unassessed: draft.unassessed, count: draft.total })] : [],
  );
}
