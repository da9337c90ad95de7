import type { AnswersFile, ChecklistIndex } from '../model/checklist.js';
import type { Comparison, GroupDelta, QuestionComparison, VersionEntry } from '../compare/types.js';
import type { BandInfo, QuestionScore } from '../score/types.js';
import { basename } from '../text/file-name.js';
import type {
  AnswerSide,
  CompareData,
  GroupDelta as GroupDeltaData,
  QuestionChange,
  Side,
  VersionEntry as VersionEntryData,
} from './data-types.js';
import { groupData } from './group-data.js';
import { questionText, rawAnswer } from './question-facts.js';
import { checklistData, respondentData } from './score-data-core.js';

/** The version tag of `compare -f json` (docs/data-api.md says what changes it). */
export const COMPARE_DATA_FORMAT = 'opsc-audit/compare-data@1';

/** One answers file of a comparison: the name the user gave it (only its base name is kept) and its content. */
export interface CompareDataSide {
  file: string;
  answers: AnswersFile;
}

/** What `compare -f json` prints: both sides, per-group deltas and per-question changes, as data. */
export function buildCompareData(
  comparison: Comparison,
  index: ChecklistIndex,
  sides: { base: CompareDataSide; current: CompareDataSide },
  generator: string,
): CompareData {
  const { versions, baseCard, currentCard } = comparison;
  const delta = (d: GroupDelta) => deltaData(d, baseCard.bands, currentCard.bands);
  return {
    format: COMPARE_DATA_FORMAT,
    generator,
    mode: comparison.mode,
    modeReason: modeReason(comparison.modeReason.key),
    checklist: checklistData(index),
    base: sideData(sides.base),
    current: sideData(sides.current),
    versions: {
      baseVersion: versions.baseVersion,
      currentVersion: versions.currentVersion,
      checklistVersion: versions.checklistVersion,
      inferred: versions.inferred,
      added: versions.added.map(versionEntry),
      removed: versions.removed.map(versionEntry),
      reworded: versions.reworded.map(versionEntry),
      comparable: versions.comparable.length,
    },
    overall: delta(comparison.overall),
    pillars: comparison.pillars.map(delta),
    themes: comparison.themes.map(delta),
    sections: comparison.sections.map(delta),
    agreement: {
      overall: { ...comparison.agreement.overall, percent: comparison.agreement.overall.percent ?? null },
      pillars: comparison.agreement.pillars.map((r) => ({ ...r, percent: r.percent ?? null })),
    },
    questions: comparison.questions.flatMap((q) => {
      const iq = index.byId.get(q.id);
      return iq ? [questionChange(q, questionText(iq, index.checklist.language), sides)] : [];
    }),
  };
}

/** The catalog key of why the mode was chosen, as a code: `compare.mode.forced` -> `forced`. */
function modeReason(key: string): CompareData['modeReason'] {
  return key.slice(key.lastIndexOf('.') + 1) as CompareData['modeReason'];
}

function sideData(side: CompareDataSide): Side {
  return {
    file: basename(side.file),
    respondent: respondentData(side.answers.respondent),
    checklistVersion: side.answers.checklist.version,
  };
}

function versionEntry(entry: VersionEntry): VersionEntryData {
  return {
    id: entry.id,
    text: entry.text?.trim() ?? null,
    previousText: entry.previousText?.trim() ?? null,
    inBase: entry.inBase,
    inCurrent: entry.inCurrent,
  };
}

/** A group on both sides; `deltaRounded` is the difference of the whole numbers each side shows. */
function deltaData(
  d: GroupDelta,
  baseBands: readonly BandInfo[],
  currentBands: readonly BandInfo[],
): GroupDeltaData {
  const base = groupData(d.base, baseBands);
  const current = groupData(d.current, currentBands);
  return {
    id: d.id,
    label: d.label,
    pillar: d.pillar ?? null,
    base,
    current,
    delta: d.delta ?? null,
    deltaRounded:
      base.percentRounded === null || current.percentRounded === null
        ? null
        : current.percentRounded - base.percentRounded,
    coverageDelta: d.coverageDelta ?? null,
  };
}

function questionChange(
  q: QuestionComparison,
  text: string,
  sides: { base: CompareDataSide; current: CompareDataSide },
): QuestionChange {
  return {
    id: q.id,
    text,
    section: q.current.sectionId,
    pillar: q.current.pillar,
    change: q.change,
    agreement: q.agreement,
    delta: q.delta ?? null,
    weightedDifference: q.weightedDifference,
    gapClosed: q.gapClosed,
    gapOpened: q.gapOpened,
    base: answerSide(q.base, sides.base.answers),
    current: answerSide(q.current, sides.current.answers),
  };
}

function answerSide(q: QuestionScore, answers: AnswersFile): AnswerSide {
  return {
    status: q.status,
    answer: rawAnswer(answers.answers[q.id], q.status),
    score: q.value ?? null,
    max: q.max ?? null,
    gap: q.gap,
  };
}
