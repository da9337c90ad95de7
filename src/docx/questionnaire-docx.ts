import type { Document } from 'docx';
import { translator } from '../i18n/format.js';
import type { BlankQuestionView, QuestionnaireView } from '../report/build-questionnaire-view.js';
import { plainMarkdown } from '../text/plain-markdown.js';
import { bullet, document, heading, para, runs, title, writeIn, type Block } from './docx-parts.js';

/**
 * A blank questionnaire as an editable Word document, as the HTML prints it: tick boxes as ☐, write-in lines,
 * each level described once, no weight and no command. A respondent can type into it or print it.
 */
export function questionnaireDocument(view: QuestionnaireView): Document {
  const t = translator();
  const line = (label: string) => writeIn(runs(label));
  const body: Block[] = [
    para(t('questionnaire.kicker')),
    title(view.title),
    para(
      `${t('common.checklistVersion', { id: view.checklist.id, version: view.checklist.version })} · ${t('questionnaire.questionCount', { count: view.questionCount })}`,
    ),
    heading(t('questionnaire.aboutYou'), 1),
    ...[
      t('common.country'),
      t('common.organization'),
      t('questionnaire.name'),
      t('common.role'),
      t('common.date'),
    ].map(line),
    heading(t('questionnaire.howTo.heading'), 1),
    para(t('questionnaire.howTo.text')),
    para(t('questionnaire.howTo.return')),
    ...(view.checklist.description === null ? [] : [para(view.checklist.description)]),
    ...view.sections.flatMap((s) => [
      heading(`${s.pillar}: ${s.title}`, 1),
      ...(s.description === null ? [] : [para(s.description)]),
      ...[...(s.first === null ? [] : [s.first]), ...s.rest].flatMap(questionBlocks),
    ]),
    heading(t('common.sources'), 1),
    ...view.sources.map((s) =>
      bullet([s.id, s.title, s.author, s.date, s.url].filter((x): x is string => x !== null).join(' – ')),
    ),
  ];
  return document({ title: view.title, lang: view.lang, body });
}

/** One question: number and text (Heading 2), how to answer, conditions, tick boxes, write-in lines, source. */
export function questionBlocks(q: BlankQuestionView): Block[] {
  const t = translator();
  const box = (label: string, description: string | null) =>
    para(
      description === null
        ? runs(`☐ ${label}`)
        : [...runs('☐ '), ...runs(label, { bold: true }), ...runs(` – ${description}`)],
      { tight: true },
    );
  return [
    heading(`${q.number}. ${q.text}`, 2),
    para(runs(q.instruction, { italics: true })),
    ...q.conditions.map((c) => para(c)),
    ...(q.guidanceMd === null
      ? []
      : unwrap(plainMarkdown(q.guidanceMd)).map((p) => para(p, { tight: true }))),
    ...q.choices.map((c) => box(c.label, c.description)),
    ...(q.writeIn === null ? [] : [writeIn(runs(q.writeIn))]),
    ...(q.offerUnknown
      ? [
          box(t('questionnaire.dontKnow'), null),
          writeIn(runs(`☐ ${t('questionnaire.notApplicableBecause')}`)),
        ]
      : []),
    ...(q.evidencePrompt === null
      ? [writeIn(runs(t('questionnaire.evidenceLine')))]
      : [
          para([
            ...runs(`${t('common.evidenceLabel')} `, { bold: true }),
            ...runs(`${q.evidencePrompt} ${t('questionnaire.evidenceHint')}`),
          ]),
          writeIn(),
        ]),
    writeIn(),
    writeIn(runs(t('questionnaire.notesLine'))),
    ...(q.references === null ? [] : [para(runs(q.references, { size: 18 }))]),
  ];
}

/** Guidance as paragraphs: the source's line wrapping undone, list items and blank-line breaks kept. */
function unwrap(text: string): string[] {
  return text
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\n(?!\s*(?:[-*•]|\d+[.)])\s)/g, ' ').trim())
    .filter((p) => p !== '');
}
