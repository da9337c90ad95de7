import type { Document } from 'docx';
import { translator } from '../i18n/format.js';
import type { BlankQuestionView, QuestionnaireView } from '../report/build-questionnaire-view.js';
import type { FootnoteView } from '../report/view-types.js';
import { plainMarkdown } from '../text/plain-markdown.js';
import {
  bullet,
  document,
  Footnotes,
  heading,
  noteText,
  para,
  runs,
  title,
  type Block,
} from './docx-parts.js';

/** Ruled write-in lines under a question: room to answer on a printed copy, or to type into. */
const WRITE_IN_LINES = 3;

/** A blank questionnaire as an editable Word document: a respondent can type into it or print it. */
export function questionnaireDocument(view: QuestionnaireView): Document {
  const t = translator();
  const notes = new Footnotes();
  const body: Block[] = [
    title(view.title),
    ...(view.checklist.description === null ? [] : [para(view.checklist.description)]),
    para(
      `${t('common.checklistVersion', { id: view.checklist.id, version: view.checklist.version })} · ${t('questionnaire.questionCount', { count: view.questionCount })}`,
    ),
    heading(t('questionnaire.howTo.heading'), 1),
    para(t('questionnaire.howTo.text')),
    ...view.sections.flatMap((s) => [
      heading(s.title, 1),
      ...(s.description === null ? [] : [para(s.description)]),
      ...s.questions.flatMap((q) => questionBlocks(q, view.footnotes, notes)),
    ]),
    heading(t('common.sources'), 1),
    ...view.sources.map((s) =>
      bullet([s.title, s.author, s.date, s.url].filter((x): x is string => x !== null).join(' – ')),
    ),
  ];
  return document({ title: view.title, lang: view.lang, body, footnotes: notes });
}

/** One question: its number and text (Heading 2), conditions, boxes to tick, write-in lines and notes. */
export function questionBlocks(
  q: BlankQuestionView,
  footnotes: readonly FootnoteView[],
  notes: Footnotes,
): Block[] {
  const t = translator();
  const cites = notes.citeAll(
    q.citations.flatMap((c) => {
      const note = footnotes.find((f) => f.number === c.number);
      return note ? [{ note: note.number, text: noteText(note) }] : [];
    }),
  );
  const line = '_'.repeat(60);
  return [
    heading(`${q.number}. ${q.text}`, 2),
    ...(q.condition === null
      ? []
      : [para(t('questionnaire.answerOnlyIfStrong', { condition: q.condition }))]),
    ...(q.dependency === null ? [] : [para(t('questionnaire.dependsOnStrong', { condition: q.dependency }))]),
    para([...runs(q.kindLabel, { italics: true }), ...cites]),
    ...q.choices.map((c) => para(`☐ ${c.label}${c.description === null ? '' : ` – ${c.description}`}`)),
    ...(q.writeIn === null
      ? []
      : [para(q.writeIn), ...Array.from({ length: WRITE_IN_LINES }, () => para(line))]),
    ...(q.guidanceMd === null ? [] : [para(plainMarkdown(q.guidanceMd))]),
    ...(q.evidencePrompt === null ? [] : [para(q.evidencePrompt)]),
    heading(t('questionnaire.evidenceAndNotes'), 3),
    ...Array.from({ length: WRITE_IN_LINES }, () => para(line)),
  ];
}
