import type { Document, ParagraphChild } from 'docx';
import { translator } from '../i18n/format.js';
import type { FootnoteView, QuestionView, ReportView, ScoreRow } from '../report/view-types.js';
import {
  bullet,
  document,
  Footnotes,
  heading,
  labelled,
  noteText,
  para,
  runs,
  table,
  title,
  type Block,
  type Cell,
} from './docx-parts.js';

/** The gap-analysis report as an editable Word document: profile, scores, actions, answers, method, sources. */
export function reportDocument(view: ReportView): Document {
  const notes = new Footnotes();
  const body: Block[] = [
    ...profilePart(view),
    ...scoresPart(view),
    ...actionsPart(view, notes),
    ...answersPart(view, notes),
    ...methodPart(view),
    ...sourcesPart(view),
  ];
  return document({
    title: view.title,
    description: view.respondent.line,
    lang: view.lang,
    body,
    footnotes: notes,
  });
}

/** Page 1: the title, whose assessment it is, the draft mark, the overall score and the summary. */
export function profilePart(view: ReportView): Block[] {
  const t = translator();
  const r = view.respondent;
  const details: [string, string | null][] = [
    [t('common.country'), r.country],
    [t('common.organization'), r.organization],
    [t('common.role'), r.role],
    [t('common.respondent'), r.name],
    [t('common.date'), r.date],
    [
      t('common.checklist'),
      `${view.checklist.title} (${t('common.checklistVersion', { id: view.checklist.id, version: view.checklist.version })})`,
    ],
    [t('common.coverage'), view.coverage.sentence],
  ];
  return [
    title(view.title),
    ...(view.draft === null ? [] : [para(view.draft, { bold: true })]),
    ...details.flatMap(([label, value]) => (value === null ? [] : [labelled(label, value)])),
    heading(t('report.summary.heading'), 1),
    para(view.summary.sentence),
    ...view.summary.highlights.map((h) => bullet(h)),
    ...(view.summary.dataGaps === null ? [] : [para(view.summary.dataGaps)]),
    ...(view.gapFilter === null ? [] : [para(view.gapFilter)]),
  ];
}

/** The scores: overall and by pillar, then by theme. */
export function scoresPart(view: ReportView): Block[] {
  const t = translator();
  const rows = (list: readonly ScoreRow[]) =>
    list.map((s) => [s.label, s.percentText, s.bandText, s.coverageText]);
  const headers = [t('common.group'), t('common.score'), t('common.band'), t('common.coverage')];
  const widths = [49, 17, 17, 17];
  return [
    heading(t('common.scores'), 1),
    heading(t('common.scoresByPillar'), 2),
    table(headers, rows([view.summary.overall, ...view.pillars]), widths),
    heading(t('common.scoresByTheme'), 2),
    table(headers, rows([...view.themes, ...(view.crossCutting ? [view.crossCutting] : [])]), widths),
    para(view.themesNote),
  ];
}

/** The ranked gaps as an action table: rank, question, action, actors, current -> target, basis, citation. */
export function actionsPart(view: ReportView, notes: Footnotes): Block[] {
  const t = translator();
  const headers = [
    t('docx.rank'),
    t('common.question'),
    t('report.facts.action'),
    t('report.facts.responsible'),
    t('docx.currentTarget'),
    t('common.basis'),
    t('common.sources'),
  ];
  const rows = view.summary.topGaps.map(({ rank, question: q }): Cell[] => [
    String(rank),
    q.text,
    q.action ?? '',
    q.actors.join(', '),
    t('docx.currentTargetValue', { current: q.answerText, target: q.targetText }),
    q.basisText,
    citations(q, view.footnotes, notes),
  ]);
  return [
    heading(t('report.summary.topGaps'), 1),
    ...(rows.length === 0 ? [para(t('report.noGaps'))] : [table(headers, rows, [7, 23, 23, 14, 13, 11, 9])]),
    ...(view.summary.moreTied === null ? [] : [para(view.summary.moreTied)]),
  ];
}

/** Every answer by section: a question per Heading 3, its answer, notes, evidence and sources. */
export function answersPart(view: ReportView, notes: Footnotes): Block[] {
  const t = translator();
  return [
    heading(t('report.detail.heading'), 1),
    ...view.sections.flatMap((s) => [
      heading(`${s.title} (${s.score.percentText})`, 2),
      ...s.questions.flatMap((q) => questionBlocks(q, view.footnotes, notes)),
    ]),
  ];
}

function questionBlocks(q: QuestionView, footnotes: readonly FootnoteView[], notes: Footnotes): Block[] {
  const t = translator();
  const cites = citations(q, footnotes, notes);
  return [
    heading(`${q.id} ${q.text}`, 3),
    labelled(t('report.facts.answerGivenLabel'), `${q.statusLabel}: ${q.answerText}`),
    labelled(t('report.facts.targetLabel'), q.targetText),
    ...(q.naReason === null ? [] : [labelled(t('report.facts.reasonNotApplicableLabel'), q.naReason)]),
    ...(q.notes === null ? [] : [labelled(t('common.notesLabel'), q.notes)]),
    ...q.evidence.map((e) =>
      bullet([e.title, e.url ?? e.urlText, e.date].filter((x): x is string => x !== null).join(' – ')),
    ),
    ...(q.action === null ? [] : [labelled(t('report.facts.actionLabel'), q.action)]),
    ...(cites.length === 0
      ? []
      : [para([...runs(`${t('report.facts.sourcesLabel')} `, { bold: true }), ...cites])]),
  ];
}

/** How the scores are computed: the methodology paragraphs, the weights and the bands. */
export function methodPart(view: ReportView): Block[] {
  const t = translator();
  const m = view.methodology;
  return [
    heading(t('common.methodology'), 1),
    ...m.paragraphs.map((p) => para(p)),
    table(
      [t('common.basis'), t('common.weight')],
      m.weights.map((w) => [w.basis, w.range]),
    ),
    para(m.own),
    table(
      [t('common.band'), t('common.score')],
      m.bands.map((b) => [b.label, b.range]),
    ),
  ];
}

/** The source documents; the notes themselves are Word footnotes. */
export function sourcesPart(view: ReportView): Block[] {
  const t = translator();
  return [
    heading(t('common.sources'), 1),
    ...view.sources.map((s) =>
      bullet([s.title, s.author, s.date, s.url].filter((x): x is string => x !== null).join(' – ')),
    ),
    para(
      t('layout.generatedBy', {
        generator: view.generator,
        id: view.checklist.id,
        version: view.checklist.version,
        digest: view.checklist.digest,
      }),
    ),
  ];
}

/** The footnote marks of a question's citations, each a Word footnote holding the source note. */
function citations(q: QuestionView, footnotes: readonly FootnoteView[], notes: Footnotes): ParagraphChild[] {
  return notes.citeAll(
    q.citations.flatMap((c) => {
      const note = footnotes.find((f) => f.number === c.number);
      return note ? [{ note: note.number, text: noteText(note) }] : [];
    }),
  );
}
