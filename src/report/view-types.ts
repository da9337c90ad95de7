import type { BarChart, DistributionChart, HeatMap } from './charts.js';

/** A score, ready to print: every number already formatted. */
export interface ScoreRow {
  id: string;
  label: string;
  /** Whole-number percentage, or null when nothing applies. */
  percent: number | null;
  percentText: string;
  band: string | null;
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
  summary: {
    overall: ScoreRow;
    sentence: string;
    highlights: string[];
    topGaps: GapView[];
    /** When the list ends inside a tie: how many more gaps share its last priority, in words; else null. */
    moreTied: string | null;
  };
  charts: { pillars: BarChart; themes: BarChart; heatmap: HeatMap; distribution: DistributionChart };
  pillars: ScoreRow[];
  themes: ScoreRow[];
  actors: ScoreRow[];
  gaps: GapView[];
  sections: SectionView[];
  lists: {
    notApplicable: ListedQuestion[];
    unknown: ListedQuestion[];
    unanswered: ListedQuestion[];
    unscored: ListedQuestion[];
  };
  privacy: { includePrivate: boolean; withheld: number; note: string | null };
  warnings: string[];
  methodology: { paragraphs: string[]; example: string[]; bands: { label: string; range: string }[] };
  footnotes: FootnoteView[];
  sources: SourceView[];
}
