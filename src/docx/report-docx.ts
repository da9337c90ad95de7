import { Paragraph, TextRun, type Document, type ParagraphChild } from 'docx';
import { translator } from '../i18n/format.js';
import type {
  ActionView,
  CitationMark,
  FootnoteView,
  ListView,
  QuestionView,
  ReportView,
  ScoreRow,
} from '../report/view-types.js';
import {
  bullet,
  document,
  Footnotes,
  heading,
  LANDSCAPE_WIDTH,
  noteText,
  pairs,
  para,
  runs,
  table,
  TABLE_TEXT,
  title,
  type Block,
  type Cell,
  generatedBy,
} from './docx-parts.js';

/**
 * The gap-analysis report as an editable Word document, in the HTML's order: the profile, the action table, the
 * scores, the lists, the method, the sources and, with `--detail full`, the annex of every answer.
 */
export function reportDocument(view: ReportView): Document {
  const notes = new Footnotes();
  const actions = actionsPart(view, notes);
  const rest = [
    ...scoresPart(view),
    ...listsPart(view),
    ...methodPart(view),
    ...sourcesPart(view),
    ...annexPart(view, notes),
  ];
  return document({
    title: view.title,
    description: view.respondent.line,
    lang: view.lang,
    body: profilePart(view),
    more: [{ body: actions, landscape: true }, { body: rest }],
    footnotes: notes,
  });
}

/** The columns of a score table: the group, score, band, assessed, coverage and weighted gap. */
function scoreTable(heading: string, rows: readonly ScoreRow[], counted = false): Block {
  const t = translator();
  const headers = [
    heading,
    t('common.score'),
    t('common.band'),
    ...(counted ? [t('common.questions')] : []),
    t('common.assessed'),
    t('common.coverage'),
    t('common.weightedGap'),
  ];
  const cells = rows.map((s) => [
    s.label,
    s.percentText,
    s.bandNote ?? '–',
    ...(counted ? [String(s.questionCount)] : []),
    s.answeredText,
    s.coverageText,
    s.gapText,
  ]);
  return table(headers, cells, counted ? [26, 8, 14, 13, 13, 13, 13] : [32, 10, 17, 14, 13, 14]);
}

/** A caption above a table, in bold, kept on the page of its table (Word's tables have no caption here). */
function caption(text: string): Block {
  return new Paragraph({
    keepNext: true,
    spacing: { before: 200, after: 60 },
    children: runs(text, { bold: true }),
  });
}

/** Page 1: the kicker and title, the draft mark, the facts, the scores, the strongest and weakest areas. */
export function profilePart(view: ReportView): Block[] {
  const t = translator();
  const p = view.profile;
  const group = (label: string): Cell[] => [runs(label, { bold: true, size: TABLE_TEXT }), '', ''];
  const area = (s: ScoreRow): Cell[] => [s.label, s.percentText, s.bandNote ?? '–'];
  const none = (list: readonly ScoreRow[]): Cell[][] =>
    list.length === 0 ? [[t('report.profile.noAreas'), '', '']] : list.map(area);
  return [
    para(p.kicker),
    title(p.title),
    ...(view.draft === null ? [] : [para(view.draft, { bold: true })]),
    pairs(p.facts.map((f) => [f.label, f.value])),
    ...(p.contributors === null
      ? []
      : [para(p.contributors.label, { bold: true }), ...p.contributors.people.map((who) => bullet(who))]),
    ...view.warnings.map((w) => para(w)),
    ...(view.privacy.note === null ? [] : [para(view.privacy.note)]),
    heading(t('report.summary.heading'), 1),
    para(view.coverage.sentence),
    caption(t('common.scoresByPillar')),
    scoreTable(t('common.pillar'), [p.overall, ...p.pillars]),
    caption(t('report.profile.areas')),
    table(
      [t('report.profile.area'), t('common.score'), t('common.band')],
      [
        group(t('report.profile.strongest')),
        ...none(p.strongest),
        group(t('report.profile.weakest')),
        ...none(p.weakest),
      ],
      [60, 15, 25],
    ),
    para(p.areasNote),
    ...(p.themes === null ? [] : [para(p.themes)]),
    ...(p.dataGaps === null ? [] : [para(p.dataGaps)]),
  ];
}

/**
 * The action table, on a landscape page of its own (six columns of sentences are cramped in portrait): rank, gap,
 * action, responsible, now -> target, basis and source with Word footnotes.
 */
export function actionsPart(view: ReportView, notes: Footnotes): Block[] {
  const t = translator();
  const a = view.actions;
  const headers = [
    t('report.actions.rank'),
    t('report.actions.question'),
    t('report.actions.action'),
    t('report.actions.actors'),
    t('report.actions.changeHeading'),
    t('report.actions.basisSource'),
  ];
  const row = (r: ActionView): Cell[] => [
    String(r.rank),
    [...runs(r.question, { size: TABLE_TEXT }), ...runs(` ${r.id}`, { size: 14 })],
    r.action,
    r.actors.length === 0 ? '–' : r.actors.join('; '),
    r.change,
    [
      ...runs(r.basis, { size: TABLE_TEXT }),
      ...r.citations.flatMap((c) => [
        new TextRun({ text: '', break: 1 }),
        ...citation(c, view.footnotes, notes),
      ]),
    ],
  ];
  return [
    heading(t('report.actions.heading'), 1),
    para([t('report.actions.intro'), a.filter].filter((x): x is string => x !== null).join(' ')),
    ...(a.rows.length === 0
      ? [para(t('report.noGaps'))]
      : [
          caption(t('report.actions.caption')),
          table(headers, a.rows.map(row), [4, 24, 28, 16, 14, 14], LANDSCAPE_WIDTH),
          ...(a.moreTied === null ? [] : [para(a.moreTied)]),
          ...(a.moreGaps === null ? [] : [para(a.moreGaps)]),
        ]),
  ];
}

/** One citation: the document and paragraph, then its document's footnote mark. */
function citation(c: CitationMark, footnotes: readonly FootnoteView[], notes: Footnotes): ParagraphChild[] {
  const note = footnotes.find((f) => f.number === c.number);
  return [...runs(c.label, { size: TABLE_TEXT }), ...(note ? [notes.cite(note.number, noteText(note))] : [])];
}

/** Scores by theme (and, when the checklist has them, by actor and by framework); the heat map's table in full. */
export function scoresPart(view: ReportView): Block[] {
  const t = translator();
  const heat = view.charts.heatmap;
  return [
    heading(t('common.scores'), 1),
    caption(t('common.scoresByTheme')),
    scoreTable(t('common.theme'), [...view.themes, ...(view.crossCutting ? [view.crossCutting] : [])], true),
    para(view.themesNote),
    ...(view.annex === null
      ? []
      : [
          caption(heat.title),
          table(
            [t('common.pillar'), ...heat.table.header],
            heat.table.rows.map((r) => [r.label, ...r.cells]),
          ),
        ]),
    ...(view.actors.length === 0
      ? []
      : [caption(t('report.scoresByActor')), scoreTable(t('common.actor'), view.actors)]),
    ...view.frameworks.flatMap((f) => [
      caption(f.caption),
      scoreTable(f.heading, f.rows),
      ...(f.unmapped === null ? [] : [para(f.unmapped)]),
    ]),
  ];
}

/** Not applicable, data gaps, not yet assessed, unscored: the count lines, and in full every question listed. */
export function listsPart(view: ReportView): Block[] {
  const t = translator();
  const l = view.lists;
  const lists = [l.notApplicable, l.dataGaps, l.unanswered, l.unscored];
  const full = (list: ListView): Block[] => [
    heading(list.heading, 2),
    ...(list.items.length === 0
      ? [para(t('common.none'))]
      : list.items.map((q) =>
          bullet([
            ...runs(`${q.id} `, { bold: true }),
            ...runs(q.text),
            ...runs(q.detail === null ? '' : `: ${q.detail}`, { italics: true }),
          ]),
        )),
  ];
  return [
    heading(t('report.lists.heading'), 1),
    ...(view.annex === null
      ? lists.map((list) => bullet(list.count))
      : [para(t('report.lists.explained')), ...lists.flatMap(full)]),
  ];
}

/** How the scores are computed: the paragraphs, the weights and bands, the worked example when present. */
export function methodPart(view: ReportView): Block[] {
  const t = translator();
  const m = view.method;
  const example = m.example;
  return [
    heading(t('common.methodology'), 1),
    ...m.paragraphs.map((p) => para(p)),
    caption(t('report.methodology.weightsCaption')),
    table(
      [t('common.basis'), t('common.weight')],
      m.weights.map((w) => [w.basis, w.range]),
      [60, 40],
    ),
    caption(t('report.methodology.bandsCaption')),
    table(
      [t('common.band'), t('report.methodology.scoreRange')],
      m.bands.map((b) => [b.label, b.range]),
      [60, 40],
    ),
    ...(example === null
      ? []
      : [
          heading(t('report.methodology.example'), 2),
          para(t('report.methodology.exampleIntro')),
          caption(t('report.methodology.exampleCaption')),
          table(
            [
              t('common.question'),
              t('common.basis'),
              'w',
              t('common.themes'),
              t('common.status'),
              's',
              'w·s',
              t('common.weightedGap'),
            ],
            example.rows.map((r) => [
              `${r.id} ${r.text}`,
              r.basis,
              String(r.weight),
              r.themes,
              r.status,
              r.score,
              r.contribution,
              r.gap,
            ]),
            [30, 13, 6, 14, 13, 7, 7, 10],
          ),
          ...example.lines.map((line) => bullet(line)),
        ]),
    ...(m.own === null ? [] : [pairs([[t('report.methodology.ownOverall'), m.own]])]),
    ...(view.annex !== null && view.checklist.description !== null ? [para(view.checklist.description)] : []),
  ];
}

/** The cited documents (their notes are Word footnotes too), the checklist's other sources, what made the file. */
export function sourcesPart(view: ReportView): Block[] {
  const t = translator();
  const line = (s: ReportView['sources'][number]) =>
    bullet([s.id, s.title, s.author, s.date, s.url].filter((x): x is string => x !== null).join(' – '));
  return [
    heading(t('report.sources.heading'), 1),
    ...view.footnotes.map((f) => bullet(noteText(f))),
    ...(view.sources.length === 0 ? [] : [heading(t('report.sources.other'), 2), ...view.sources.map(line)]),
    generatedBy(view),
  ];
}

/** With `--detail full`: every answer by section, a question per Heading 3 with its facts. */
export function annexPart(view: ReportView, notes: Footnotes): Block[] {
  const t = translator();
  if (view.annex === null) return [];
  return [
    heading(t('report.annex.heading'), 1),
    para(t('report.annex.intro')),
    ...view.annex.sections.flatMap((s) => [
      heading(s.title, 2),
      para(
        [
          s.pillar,
          t('report.detail.score', { score: s.score.percentText }),
          ...(s.score.bandNote === null ? [] : [s.score.bandNote]),
          t('common.assessedCount', { answered: s.score.answeredText }),
        ].join(' · '),
      ),
      ...s.questions.flatMap((q) => questionBlocks(q, view.footnotes, notes)),
    ]),
  ];
}

/** One question of the annex: its heading and its facts as the HTML's list says them. */
function questionBlocks(q: QuestionView, footnotes: readonly FootnoteView[], notes: Footnotes): Block[] {
  const t = translator();
  const facts: [string, Cell][] = [
    [t('report.facts.answerGiven'), q.answerText],
    ...(q.naReason === null ? [] : [[t('common.reasonNotApplicable'), q.naReason] as [string, Cell]]),
    [t('report.facts.target'), q.targetText],
    [
      t('report.facts.scoreWeightGap'),
      t('report.facts.scoreWeightGapValue', { score: q.scoreText, weight: q.weight, gap: q.gapText }),
    ],
    [t('report.facts.basis'), q.basisText],
  ];
  if (q.seeAction !== null) facts.push([t('report.facts.action'), q.seeAction]);
  else {
    if (q.action !== null) facts.push([t('report.facts.action'), q.action]);
    if (q.action !== null && q.actors.length > 0)
      facts.push([t('report.facts.responsible'), q.actors.join('; ')]);
    if (q.citations.length > 0) {
      facts.push([
        t('common.sources'),
        q.citations.flatMap((c, i) => [
          ...(i > 0 ? runs('; ', { size: TABLE_TEXT }) : []),
          ...citation(c, footnotes, notes),
        ]),
      ]);
    }
  }
  if (q.refs.length > 0) {
    facts.push([t('common.relatedProvisions'), q.refs.map((r) => `${r.instrument}: ${r.items}`).join('; ')]);
  }
  if (q.evidence.length > 0) {
    facts.push([
      t('common.evidence'),
      q.evidence
        .map((e) =>
          [
            e.title,
            e.url === null ? '' : ` (${e.url})`,
            e.urlText === null ? '' : ` (${e.urlText})`,
            e.date === null ? '' : `, ${e.date}`,
            e.private ? ` ${t('common.notPublic')}` : '',
          ].join(''),
        )
        .join('\n'),
    ]);
  }
  if (q.responsibleEntity !== null) facts.push([t('report.facts.responsibleEntity'), q.responsibleEntity]);
  if (q.targetDate !== null) facts.push([t('report.facts.targetDate'), q.targetDate]);
  if (q.notes !== null) facts.push([t('common.notes'), q.notes]);
  return [heading(`${q.id} ${q.text}`, 3), pairs(facts)];
}
