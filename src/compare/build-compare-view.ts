import type { AnswersFile, ChecklistIndex } from '../model/checklist.js';
import { localize } from '../model/checklist.js';
import { checklistDigest } from '../model/digest.js';
import { formatCount } from '../report/format-number.js';
import { buildDivergenceChart, buildPillarChart } from './view-charts.js';
import { describeMethodology } from './view-methodology.js';
import { buildDivergenceSection, buildProgressSection, rankDifferences } from './view-sections.js';
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
  const { mode } = comparison;
  const bands = comparison.currentCard.bands;
  const withheld = { count: 0 };
  const rows = buildRows(comparison.questions, index, answers.base, answers.current, {
    includePrivate: options.includePrivate,
    withheld,
  });
  const sides = describeSides(mode, options.files, answers.base, answers.current);
  const labels = { base: sides.base.label, current: sides.current.label };
  const title = localize(checklist.title, lang);
  const versions = describeVersions(comparison.versions, sides);
  const progress = mode === 'progress' ? buildProgressSection(comparison, rows, labels) : null;
  const divergence = mode === 'divergence' ? buildDivergenceSection(comparison, rows, labels) : null;
  const overall = toDeltaRow(comparison.overall, bands);
  return {
    format: 'opsc-audit/compare@1',
    generator: options.generator,
    lang,
    mode,
    modeReason: comparison.modeReason,
    title: `${mode === 'progress' ? 'Progress' : 'Divergence'}: ${title}`,
    checklist: { id: checklist.id, version: checklist.version, title, digest: checklistDigest(checklist) },
    base: sides.base,
    current: sides.current,
    summary: [
      `Overall score ${overall.baseText} (${labels.base}) and ${overall.currentText} (${labels.current}), ${overall.deltaText}, over ${formatCount(comparison.versions.comparable.length, 'question')} both files can be compared on.`,
      ...(progress?.summary ?? divergence?.summary ?? []),
      ...(versions.excluded > 0 ? [versions.sentence] : []),
    ],
    overall,
    pillars: comparison.pillars.map((g) => toDeltaRow(g, bands)),
    themes: comparison.themes.map((g) => toDeltaRow(g, bands)),
    sections: comparison.sections.map((g) => toDeltaRow(g, bands)),
    charts: {
      pillars: buildPillarChart(labels, comparison.overall, comparison.pillars),
      divergence: mode === 'divergence' ? buildDivergenceChart(labels, rankDifferences(comparison)) : null,
    },
    progress: progress?.section ?? null,
    divergence: divergence?.section ?? null,
    versions: versions.view,
    privacy: {
      includePrivate: options.includePrivate,
      withheld: withheld.count,
      note:
        withheld.count > 0
          ? `${formatCount(withheld.count, 'evidence item')} marked not public ${withheld.count === 1 ? 'was' : 'were'} withheld from this report.`
          : null,
    },
    warnings: options.warnings ?? [],
    methodology: describeMethodology(mode, labels),
  };
}
