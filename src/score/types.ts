import type { Basis } from '../model/basis.js';

/** How a question counts in the scores. */
export type QuestionStatus =
  /** Answered with a value (scored or not). */
  | 'answered'
  /** Not in place by dependency: its `requires` is false, so it is not asked and scores 0, a gap. */
  | 'absent'
  /** Answered "not applicable", with a reason: out of the denominator. */
  | 'na'
  /** Its `when` condition is false (computed, never read from the file): out of the denominator. */
  | 'inapplicable'
  /** "Don't know", no data: in the denominator at 0, never a gap, listed apart as a data gap. */
  | 'unknown'
  /** Not yet assessed (no answer, skipped, or its gate unanswered): in the denominator at 0, never a gap. */
  | 'unanswered';

/** One question's contribution to the scores. */
export interface QuestionScore {
  id: string;
  /** Position in checklist order, 0-based. */
  index: number;
  sectionId: string;
  pillar: string;
  themes: string[];
  actors: string[];
  weight: number;
  /** The normative basis: obligation, recommendation or practice. */
  basis: Basis;
  status: QuestionStatus;
  /** For an `absent` question, the questions its `requires` refers to (the gates that say "not in place"). */
  dependsOn: string[];
  /** Whether the question has a top score (text and threshold-less number questions do not). */
  scored: boolean;
  /** Whether it counts in the denominator: scored, and neither `na` nor `inapplicable`. */
  counted: boolean;
  /** The score given, v(q); 0 for don't know and unanswered; undefined when not counted. */
  value: number | undefined;
  /** The top of the question's scale, m. */
  max: number | undefined;
  /** The target score. */
  target: number | undefined;
  /** s(q) = v / m, between 0 and 1; undefined when not counted. */
  fraction: number | undefined;
  /** w · (target − v) / m when positive and the question is answered or not in place, else 0. */
  gap: number;
}

/** Counts of questions by how they were answered, within one group. */
export interface StatusCounts {
  /** Scored questions in the group, applicable or not. */
  total: number;
  /** Scored questions in the denominator (answered + absent + unknown + unanswered). */
  applicable: number;
  answered: number;
  absent: number;
  unknown: number;
  unanswered: number;
  na: number;
  inapplicable: number;
  /** Unscored questions (listed, never in a score). */
  unscored: number;
}

/** A score over a set of questions: a section, pillar, theme, actor, pillar x theme cell, or everything. */
export interface GroupScore {
  id: string;
  label: string;
  /** sum(w·s) / sum(w) as a percentage, 0..100; undefined when no scored question applies. */
  percent: number | undefined;
  /** Index into `Scorecard.bands` of the band the percentage falls in; undefined without enough answers. */
  band: number | undefined;
  /** sum(w·s) over applicable scored questions. */
  earned: number;
  /** sum(w) over applicable scored questions. */
  possible: number;
  /** Assessed (answered or not in place) / applicable as a percentage; undefined when nothing applies. */
  coverage: number | undefined;
  /** Whether coverage reaches MIN_COVERAGE: below it the group has no band and reads "not enough answers". */
  enough: boolean;
  /** Sum of the gaps of the group's questions. */
  gap: number;
  counts: StatusCounts;
}

/** A section score, with its pillar. */
export interface SectionScore extends GroupScore {
  pillar: string;
}

/** One cell of the pillar x theme matrix. */
export interface CellScore extends GroupScore {
  pillar: string;
  theme: string;
}

/** The scores by one crosswalk framework: a group per entry at least one question maps to, in framework order. */
export interface FrameworkScore {
  /** The `refs` key: `mnr` or `crc-opsc-guidelines`. */
  key: string;
  /** One group per mapped entry; its id is the entry's ("4", "III.A"), its label the entry's name. */
  entries: GroupScore[];
  /** The entries no question of the checklist maps to, in framework order. */
  unmapped: { id: string; label: string }[];
}

/** A maturity band, as the checklist declares it (lowest first). */
export interface BandInfo {
  min: number;
  label: string;
}

/** Every score for one answers file against its checklist. */
export interface Scorecard {
  checklist: { id: string; version: string };
  bands: BandInfo[];
  overall: GroupScore;
  pillars: GroupScore[];
  /** Each theme over the questions that list it (its theme-specific questions). */
  themes: GroupScore[];
  /** The questions that list no theme: measures that serve every form of exploitation. */
  crossCutting: GroupScore;
  actors: GroupScore[];
  sections: SectionScore[];
  /** Pillar x theme cells, pillar-major, in checklist order. */
  matrix: CellScore[];
  /** One cell per pillar over its cross-cutting questions (theme `cross-cutting`), beside the matrix. */
  crossCuttingCells: CellScore[];
  /** By crosswalk framework (WeProtect MNR capability, CRC/C/156 section); only frameworks some question maps to. */
  frameworks: FrameworkScore[];
  /** Every question in checklist order. */
  questions: QuestionScore[];
  /** Ids of questions with a positive gap, in the order of the ranking rule (`compareGaps`). */
  gaps: string[];
  /** Ids of questions answered "don't know": data gaps to close, in checklist order. */
  dataGaps: string[];
  /** Set when some scored question is not yet assessed: the assessment is a draft. */
  draft: { unassessed: number; total: number } | undefined;
  /** Ids of unscored questions, in checklist order. */
  unscored: string[];
}
