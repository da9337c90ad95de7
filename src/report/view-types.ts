import type { TextDirection } from '../i18n/direction.js';
import type { ReportDetail } from './report-detail.js';
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

/** One cited source document, as a numbered footnote (one per document, however many paragraphs are cited). */
export interface FootnoteView {
  number: number;
  anchor: string;
  /** The document's symbol: "A/HRC/49/51". */
  label: string;
  /** The full note: symbol, title, date. */
  text: string;
  url: string | null;
}

/** A citation mark pointing at its document's footnote. */
export interface CitationMark {
  number: number;
  anchor: string;
  /** The document and paragraph cited: "A/HRC/49/51, para. 87(c)". */
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
  /** The entity the respondent named as responsible for the measure (the answer's `responsible`); else null. */
  responsibleEntity: string | null;
  /** The target date the respondent gave for the measure (the answer's `target`, YYYY-MM-DD); else null. */
  targetDate: string | null;
  evidence: EvidenceView[];
  citations: CitationMark[];
  refs: RefGroup[];
  /** The recommended action; null when the question is at its target (no gap) or the checklist names none. */
  action: string | null;
  /** The rank of the question in the action table when it is there ("see action 3"); else null. */
  actionRank: number | null;
  /** "See action 3" when the action table already says the action, actors and citations; else null. */
  seeAction: string | null;
  /** Who is responsible for the measure, in plain words (the checklist's actor names). */
  actors: string[];
  /** Sanitised HTML rendered from the checklist's Markdown guidance. */
  guidanceHtml: string | null;
  /** The guidance Markdown with raw HTML and unsafe links neutralised. */
  guidanceMd: string | null;
}

/** One row of the action table: a top gap, what to do about it and who does it, in plain words. */
export interface ActionView {
  rank: number;
  anchor: string;
  id: string;
  /** The anchor of the question in the annex (present with --detail full). */
  questionAnchor: string;
  question: string;
  /** The checklist's action, or "Bring … up to its target" when it names none. */
  action: string;
  /** The responsible actors' names, or an empty list. */
  actors: string[];
  current: string;
  target: string;
  /** "Narrower (1 of 2) → Full (2 of 2)". */
  change: string;
  /** The normative basis in words. */
  basis: string;
  citations: CitationMark[];
}

/** The action table: the top gaps (TOP_GAPS, ties noted), after `--basis` when given. */
export interface ActionsView {
  rows: ActionView[];
  /** With `report --basis`: which bases are shown, and how many of all gaps; else null. */
  filter: string | null;
  /** When the list ends inside a tie: how many more gaps share its last priority; else null. */
  moreTied: string | null;
  /** "12 more gaps are listed in the annex…" style count of the gaps not in the table; null when none. */
  moreGaps: string | null;
}

/** Page 1: who assessed what, the scores, and where the country stands strongest and weakest. */
export interface ProfileView {
  kicker: string;
  /** "Veloria: Ministry of Justice — self-assessment against …"; the checklist title without names. */
  title: string;
  overall: ScoreRow;
  pillars: ScoreRow[];
  /** The three strongest and three weakest areas (sections with enough answers). */
  strongest: ScoreRow[];
  weakest: ScoreRow[];
  /** How the areas were chosen, in one sentence. */
  areasNote: string;
  /** The theme extremes, in one sentence; null without scored themes. */
  themes: string | null;
  /** "3 questions were answered don't know …", or null. */
  dataGaps: string | null;
  /** Everything printed beside the title: checklist, country, organization, role, respondent, date. */
  /** The cover's facts; `user`: the value is the respondent's own text (a name, a country), isolated as a whole. */
  facts: { label: string; value: string; user: boolean }[];
  /** Everyone who gave answers ("Ministry of Justice, A. Mensah (government)"), when the file names them; else null. */
  contributors: { label: string; people: string[] } | null;
}

/** One section of the annex: every answer with its notes and evidence. */
export interface SectionView {
  id: string;
  anchor: string;
  title: string;
  pillar: string;
  score: ScoreRow;
  questions: QuestionView[];
}

/** The per-section annex of `--detail full`. */
export interface AnnexView {
  sections: SectionView[];
}

/** A count line of a list of questions, and (in full) the list itself. */
export interface ListView {
  heading: string;
  /** "Not applicable: 4 questions". */
  count: string;
  items: ListedQuestion[];
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
  /** The language of the report's own text (the page's `lang`) and its direction (the page's `dir`). */
  lang: string;
  dir: TextDirection;
  /** `brief` (the default) or `full` (adds the annex, the full lists, the worked example, the crosswalks). */
  detail: ReportDetail;
  /** The report's title: the profile's title. */
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
  profile: ProfileView;
  actions: ActionsView;
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
  /** Not applicable, don't know, not yet assessed, unscored: counts always, the items only in full. */
  lists: { notApplicable: ListView; dataGaps: ListView; unanswered: ListView; unscored: ListView };
  privacy: { includePrivate: boolean; withheld: number; note: string | null };
  warnings: string[];
  method: {
    paragraphs: string[];
    /** The weighting table, one line per basis. */
    weights: { basis: string; range: string }[];
    /** The fixed worked example, scored by the real scorer (full only). */
    example: { rows: WorkedRow[]; lines: string[] } | null;
    /** This report's own overall score, worked out (full only). */
    own: string | null;
    bands: { label: string; range: string }[];
  };
  /** The cited source documents, one numbered note each. */
  footnotes: FootnoteView[];
  /** The checklist's sources that no question in this report cites. */
  sources: SourceView[];
  /** The per-section annex; null in the brief. */
  annex: AnnexView | null;
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
