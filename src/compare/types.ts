import type { MessageKey } from '../i18n/en.js';
import type { MessageParams } from '../i18n/format.js';
import type { AnswersFile, ChecklistIndex } from '../model/checklist.js';
import type { GroupScore, QuestionScore, Scorecard } from '../score/types.js';

/** Progress: one respondent at two dates. Divergence: two respondents' views of the same measures. */
export type CompareMode = 'progress' | 'divergence';

/** How one question moved between the two answers files. */
export type ChangeKind = 'regressed' | 'dropped' | 'improved' | 'newly-answered' | 'unchanged';

/** How two respondents' answers to one question relate. */
export type Agreement = 'agree' | 'differ' | 'one-sided' | 'neither';

/** One answers file, and the checklist version it was made against when that is known exactly. */
export interface CompareSide {
  /** The file name as the user gave it. */
  file: string;
  answers: AnswersFile;
  /** The checklist at the version these answers were made against, or undefined when it is not at hand. */
  index: ChecklistIndex | undefined;
}

/** Everything a comparison needs: both sides and the checklist both are scored against. */
export interface CompareInput {
  base: CompareSide;
  current: CompareSide;
  /** The checklist the comparison is made against (the current one). */
  index: ChecklistIndex;
  /** Forces the kind of comparison; otherwise it is chosen from the respondents. */
  mode?: CompareMode | undefined;
}

/** A question that is in one version of the checklist and not the other, or whose wording changed. */
export interface VersionEntry {
  id: string;
  /** Its text in the checklist compared against, when it is there. */
  text: string | undefined;
  /** Its text in the base side's checklist, when that checklist is at hand and the text differs. */
  previousText: string | undefined;
  /** Whether each side answered it. */
  inBase: boolean;
  inCurrent: boolean;
}

/** What differs between the checklist versions the two sides were made against. */
export interface VersionDiff {
  baseVersion: string;
  currentVersion: string;
  /** The version of the checklist compared against. */
  checklistVersion: string;
  added: VersionEntry[];
  removed: VersionEntry[];
  reworded: VersionEntry[];
  /** True when some side's checklist was not at hand, so `added` was inferred from the questions its file mentions. */
  inferred: boolean;
  /** Ids of the questions compared: in both versions, same wording; checklist order. */
  comparable: string[];
}

/** One question, scored on both sides, classified. */
export interface QuestionComparison {
  id: string;
  base: QuestionScore;
  current: QuestionScore;
  change: ChangeKind;
  /** Change in score as a fraction of the top of the scale (current − base), when both answered. */
  delta: number | undefined;
  /** weight × |delta|: the size of a disagreement, for ranking. */
  weightedDifference: number;
  agreement: Agreement;
  /** The gap to target was positive in base and is zero now. */
  gapClosed: boolean;
  /** The question was at target in base and has a gap now. */
  gapOpened: boolean;
}

/** A score over a group of questions on both sides. */
export interface GroupDelta {
  id: string;
  label: string;
  /** The pillar a section belongs to. */
  pillar?: string;
  base: GroupScore;
  current: GroupScore;
  /** current − base in percentage points, when both have a score. */
  delta: number | undefined;
  /** current − base coverage in percentage points, when both have one. */
  coverageDelta: number | undefined;
}

/** Agreement between two respondents over a group. */
export interface AgreementRate {
  id: string;
  label: string;
  /** Questions both answered with a score. */
  compared: number;
  agreed: number;
  /** agreed / compared as a percentage, undefined when nothing was compared. */
  percent: number | undefined;
}

/** Why a mode was chosen, as a catalog message: the view puts it in words. */
export interface ModeReason {
  key: MessageKey;
  params?: MessageParams;
}

/** The complete comparison, before any formatting. */
export interface Comparison {
  mode: CompareMode;
  /** Why that mode: chosen with --mode, the same organization at two dates, ... */
  modeReason: ModeReason;
  versions: VersionDiff;
  /** Scorecards of both sides against the compared checklist (all questions). */
  baseCard: Scorecard;
  currentCard: Scorecard;
  overall: GroupDelta;
  pillars: GroupDelta[];
  themes: GroupDelta[];
  sections: GroupDelta[];
  /** Every comparable scored question, in checklist order. */
  questions: QuestionComparison[];
  agreement: { overall: AgreementRate; pillars: AgreementRate[] };
}
