import type { TextDirection } from '../i18n/direction.js';
import type { BarChart } from '../report/charts.js';
import type { EvidenceView } from '../report/view-types.js';
import type { Agreement, ChangeKind, CompareMode } from './types.js';

/** One side of the comparison, as the report names it. */
export interface SideView {
  /** The answers file's base name: never its folder, which may name the user's own folders. */
  file: string;
  /** What the cover calls this side: "Earlier assessment", "First respondent". */
  heading: string;
  /** Short name used in column headings: the date (progress) or the organization and role (divergence). */
  label: string;
  organization: string | null;
  role: string | null;
  country: string | null;
  date: string | null;
  /** The checklist version the answers were made against. */
  version: string;
  /** "Ministry of Social Welfare (government) – Republic of Examplia, 2024-03-01". */
  line: string;
}

/** A group score on both sides, formatted. */
export interface DeltaRow {
  id: string;
  label: string;
  baseText: string;
  currentText: string;
  baseBand: string | null;
  currentBand: string | null;
  /** "+12 pts", "−5 pts", "±0 pts", or "n/a". */
  deltaText: string;
  direction: 'up' | 'down' | 'same' | 'none';
  baseCoverageText: string;
  currentCoverageText: string;
  coverageDeltaText: string;
}

/** One side's answer to a question, ready to print. */
export interface SideAnswer {
  statusLabel: string;
  answerText: string;
  scoreText: string;
  gapText: string;
  notes: string | null;
  naReason: string | null;
  evidence: EvidenceView[];
}

/** A question compared across both sides. */
export interface CompareRow {
  id: string;
  anchor: string;
  text: string;
  section: string;
  pillar: string;
  weight: number;
  change: ChangeKind;
  changeLabel: string;
  agreement: Agreement;
  /** "+33 pts" of the top of the scale, or "–" when one side did not answer. */
  deltaText: string;
  /** weight × |difference|, two decimals. */
  weightedText: string;
  /** 1-based rank among the divergent questions, or null. */
  rank: number | null;
  base: SideAnswer;
  current: SideAnswer;
  /** The answer once when both sides gave the same, else "before → after": for lists of agreed or unchanged questions. */
  bothText: string;
}

/** A list of questions under one heading, with how many there are. */
export interface RowGroup {
  key: string;
  title: string;
  description: string;
  count: number;
  /** Whether the report shows each question in full (both answers with notes and evidence) or as a table row. */
  detailed: boolean;
  /** Whether a table shows one answer column (`bothText`): the two answers are the same or nearly. */
  oneColumn: boolean;
  rows: CompareRow[];
}

/** An agreement rate, formatted. */
export interface AgreementRow {
  id: string;
  label: string;
  percentText: string;
  /** "4 of 6 questions both answered". */
  detail: string;
}

/** A question added, removed or reworded between checklist versions. */
export interface VersionRow {
  id: string;
  /** Null when neither checklist at hand has the question (a removed question without the earlier checklist). */
  text: string | null;
  previousText: string | null;
  /** "answered in both", "answered in base only", ... */
  answered: string;
}

/** The finished comparison: templates only print it. JSON output is this object. */
export interface CompareView {
  format: 'opsc-audit/compare@1';
  generator: string;
  /** The language of the comparison's own text (the page's `lang`) and its direction (the page's `dir`). */
  lang: string;
  dir: TextDirection;
  mode: CompareMode;
  modeReason: string;
  /** Whose comparison: the country and the two organizations (or one organization at two dates). */
  title: string;
  /** The checklist's title, under the title. */
  subtitle: string;
  checklist: { id: string; version: string; title: string; digest: string };
  base: SideView;
  current: SideView;
  /** Sentences for the summary at the top. */
  summary: string[];
  /** The few questions a reader should see first: the largest differences, or the regressions and largest rises. */
  highlights: RowGroup;
  overall: DeltaRow;
  pillars: DeltaRow[];
  themes: DeltaRow[];
  sections: DeltaRow[];
  charts: {
    pillars: BarChart;
    divergence: BarChart | null;
    /** When the chart's top list ends inside a tie: how many more differences share its last size; else null. */
    divergenceTie: string | null;
  };
  /** Progress: counts per kind of change, and the questions under each (regressions first). */
  progress: {
    counts: { key: ChangeKind; label: string; count: number }[];
    groups: RowGroup[];
    gapsClosed: RowGroup;
    gapsOpened: RowGroup;
    coverage: { baseText: string; currentText: string; deltaText: string; sentence: string };
  } | null;
  /** Divergence: agreement rates, the differences ranked, and one-sided answers. */
  divergence: {
    agreement: { overall: AgreementRow; pillars: AgreementRow[] };
    /** How many questions the two sides answered differently, all told. */
    differenceCount: number;
    /** The largest differences, shown in full with notes and evidence. */
    differences: RowGroup;
    /** The remaining differences, as table rows. */
    moreDifferences: RowGroup;
    oneSided: RowGroup;
    agreed: RowGroup;
  } | null;
  versions: {
    sentence: string;
    inferredNote: string | null;
    added: VersionRow[];
    removed: VersionRow[];
    reworded: VersionRow[];
  };
  privacy: { includePrivate: boolean; withheld: number; note: string | null };
  warnings: string[];
  methodology: string[];
}
