import type { WorkedRow } from './worked-example.js';
import type { BarChart, DistributionChart, HeatMap } from './charts.js';

/** A score, ready to print: every number already formatted. */
export interface ScoreRow {
  id: string;
  label: string;
  /** Whole-number percentage, or null when nothing applies. */
  percent: number | null;
  percentText: string;
  /** The band's label; null without a score or without enough answers. */
  band: string | null;
  /** What the band column says: the band, "not enough answers" (coverage under 50%), or "–". */
  bandText: string;
  /** The band, or "not enough answers"; null when there is no score. */
  bandNote: string | null;
  /** Whether at least half the group's applicable questions are assessed. */
  enough: boolean;
  /** How many scored questions the group has (for a theme: its specific questions). */
  questionCount: number;
  /** CSS class of the band: band-0 (lowest) .. band-3, or band-none. */
  bandClass: string;
  coverageText: string;
  answeredText: string;
  gapText: string;
}

/** One cited paragraph, as a numbered footnote. */
export interface FootnoteView {
  number: number;
  anchor: string;
  /** "A/HRC/49/51, para. 43". */
  label: string;
  /** The full note: symbol, paragraph, title, date. */
  text: string;
  url: string | null;
}

/** A citation mark pointing at a footnote. */
export interface CitationMark {
  number: number;
  anchor: string;
  label: string;
}

/** One item of evidence, with a link only when its URL is http(s) or mailto. */
export interface EvidenceView {
  title: string;
  url: string | null;
  /** The URL as text, shown when it is not linkable. */
  urlText: string | null;
  date: string | null;
  private: boolean;
}

/** Related provisions under one instrument: "CRC: art. 34, art. 35". */
export interface RefGroup {
  instrument: string;
  items: string;
}

/** Everything a report shows about one question. */
export interface QuestionView {
  id: string;
  anchor: string;
  text: string;
  section: string;
  pillar: string;
  weight: number;
  /** The normative basis code (obligation, recommendation, practice) and its name. */
  basis: string;
  basisText: string;
  status: string;
  statusLabel: string;
  answerText: string;
  scoreText: string;
  targetText: string;
  gapText: string;
  notes: string | null;
  naReason: string | null;
  evidence: EvidenceView[];
  citations: CitationMark[];
  refs: RefGroup[];
  action: string | null;
  /** Who is responsible for the measure, in plain words (the checklist's actor names). */
  actors: string[];
  /** Sanitised HTML rendered from the checklist's Markdown guidance. */
  guidanceHtml: string | null;
  /** The guidance Markdown with raw HTML and unsafe links neutralised. */
  guidanceMd: string | null;
}

/** A ranked gap with the one-sentence summary used in the executive summary. */
export interface GapView {
  rank: number;
  sentence: string;
  question: QuestionView;
}

/** A section of the per-question detail. */
export interface SectionView {
  id: string;
  anchor: string;
  title: string;
  pillar: string;
  score: ScoreRow;
  questions: QuestionView[];
}

/** A question listed under not applicable, don't know, unanswered or unscored. */
export interface ListedQuestion {
  id: string;
  anchor: string;
  text: string;
  detail: string | null;
}

/** A source document. */
export interface SourceView {
  id: string;
  title: string;
  author: string | null;
  date: string | null;
  url: string | null;
}

/** The finished report: templates only print it. JSON output is this object. */
export interface ReportView {
  format: 'opsc-audit/report@1';
  generator: string;
  lang: string;
  title: string;
  checklist: { id: string; version: string; title: string; description: string | null; digest: string };
  respondent: {
    country: string | null;
    organization: string | null;
    role: string | null;
    name: string | null;
    date: string | null;
    /** "Ministry of Justice (government), Republic of Examplia". */
    line: string;
  };
  coverage: { percentText: string; sentence: string };
  /** "Draft: 74 of 102 questions not yet assessed" when any scored question is not yet assessed; else null. */
  draft: string | null;
  /** With `report --basis`: which bases the gap lists show, and how many of all gaps; else null. */
  gapFilter: string | null;
  summary: {
    overall: ScoreRow;
    sentence: string;
    highlights: string[];
    topGaps: GapView[];
    /** When the list ends inside a tie: how many more gaps share its last priority, in words; else null. */
    moreTied: string | null;
    /** "3 questions answered don't know: data gaps to close, listed apart" when there are any; else null. */
    dataGaps: string | null;
  };
  charts: { pillars: BarChart; themes: BarChart; heatmap: HeatMap; distribution: DistributionChart };
  pillars: ScoreRow[];
  /** Each theme over its specific questions (`questionCount` of them). */
  themes: ScoreRow[];
  /** The cross-cutting questions, beside the themes; null when every question lists a theme. */
  crossCutting: ScoreRow | null;
  /** How themes and cross-cutting measures are scored, in one sentence. */
  themesNote: string;
  actors: ScoreRow[];
  /** Scores by crosswalk framework (WeProtect MNR, CRC/C/156), for the frameworks the questions map to. */
  frameworks: FrameworkView[];
  gaps: GapView[];
  sections: SectionView[];
  lists: {
    notApplicable: ListedQuestion[];
    /** Questions answered "don't know": data gaps, apart from the gaps. */
    dataGaps: ListedQuestion[];
    unanswered: ListedQuestion[];
    unscored: ListedQuestion[];
  };
  privacy: { includePrivate: boolean; withheld: number; note: string | null };
  warnings: string[];
  methodology: {
    paragraphs: string[];
    /** The weighting table, one line per basis. */
    weights: { basis: string; range: string }[];
    /** The fixed worked example, scored by the real scorer. */
    example: { rows: WorkedRow[]; lines: string[] };
    /** This report's own overall score, worked out. */
    own: string;
    bands: { label: string; range: string }[];
  };
  footnotes: FootnoteView[];
  sources: SourceView[];
}

/** One crosswalk framework's table: a row per entry the questions map to, and the entries none maps to. */
export interface FrameworkView {
  key: string;
  caption: string;
  heading: string;
  rows: ScoreRow[];
  /** "No question maps to 6 Offender management process, …", or null when every entry is mapped. */
  unmapped: string | null;
}
