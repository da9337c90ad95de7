import type { MessageKey } from '../i18n/en.js';
import { translator } from '../i18n/format.js';
import type { ChecklistIndex, IndexedQuestion } from '../model/checklist.js';
import { categoryLabel, localize } from '../model/checklist.js';
import { checklistDigest } from '../model/digest.js';
import { describeCondition } from './describe-condition.js';
import { neutralizeMarkdown, renderMarkdownHtml } from './markdown.js';
import { describeRefs, describeSources, FootnoteRegistry } from './view-citations.js';
import { questionAnchor } from './view-questions.js';
import type { CitationMark, FootnoteView, RefGroup, SourceView } from './view-types.js';

/** One answer choice on paper. */
export interface ChoiceView {
  label: string;
  description: string | null;
}

/** A question as printed on a blank questionnaire. */
export interface BlankQuestionView {
  id: string;
  anchor: string;
  number: number;
  text: string;
  kindLabel: string;
  weight: number;
  choices: ChoiceView[];
  /** For number and text questions: what to write in the box. */
  writeIn: string | null;
  scored: boolean;
  condition: string | null;
  evidencePrompt: string | null;
  guidanceHtml: string | null;
  guidanceMd: string | null;
  citations: CitationMark[];
  refs: RefGroup[];
}

/** A printable blank questionnaire. */
export interface QuestionnaireView {
  format: 'opsc-audit/questionnaire@1';
  generator: string;
  lang: string;
  title: string;
  checklist: { id: string; version: string; title: string; description: string | null; digest: string };
  questionCount: number;
  sections: {
    id: string;
    anchor: string;
    title: string;
    pillar: string;
    description: string | null;
    questions: BlankQuestionView[];
  }[];
  footnotes: FootnoteView[];
  sources: SourceView[];
}

const KIND_LABELS: Record<IndexedQuestion['kind'], MessageKey> = {
  scale: 'kind.scale',
  yesno: 'kind.yesno',
  choice: 'kind.choice',
  multi: 'kind.multi',
  number: 'kind.number',
  text: 'kind.text',
};

/** Builds the view of a blank questionnaire for respondents who answer on paper first. */
export function buildQuestionnaireView(
  index: ChecklistIndex,
  generator: string,
  language?: string,
): QuestionnaireView {
  const { checklist } = index;
  const t = translator(language);
  const lang = checklist.language;
  const text = (v: Parameters<typeof localize>[0]): string => localize(v, lang).trim();
  const footnotes = new FootnoteRegistry(checklist);
  const pillars = new Map(
    checklist.pillars.map((p) => [typeof p === 'string' ? p : p.id, categoryLabel(p, lang)]),
  );
  const blank = (iq: IndexedQuestion): BlankQuestionView => {
    const q = iq.question;
    const guidance = q.guidance ? text(q.guidance) : '';
    const choices: ChoiceView[] =
      iq.kind === 'scale'
        ? (iq.scale ?? []).map((l) => ({
            label: text(l.label),
            description: l.description ? text(l.description) : null,
          }))
        : iq.kind === 'yesno'
          ? [
              { label: t('questionnaire.yes'), description: null },
              { label: t('questionnaire.no'), description: null },
            ]
          : (q.options ?? []).map((o) => ({ label: text(o.label), description: null }));
    return {
      id: q.id,
      anchor: questionAnchor(q.id),
      number: iq.index + 1,
      text: text(q.text),
      kindLabel: t(KIND_LABELS[iq.kind]),
      weight: iq.weight,
      choices,
      writeIn:
        iq.kind === 'number'
          ? q.unit
            ? t('questionnaire.numberWithUnit', { unit: q.unit })
            : t('questionnaire.number')
          : iq.kind === 'text'
            ? t('questionnaire.answer')
            : null,
      scored: iq.max !== undefined,
      condition: q.when ? describeCondition(q.when, index, t) : null,
      evidencePrompt: q.evidence ? text(q.evidence) : null,
      guidanceHtml: guidance ? renderMarkdownHtml(guidance) : null,
      guidanceMd: guidance ? neutralizeMarkdown(guidance) : null,
      citations: footnotes.cite(q.sources),
      refs: describeRefs(q.refs, t),
    };
  };
  const sections = checklist.sections.map((s) => ({
    id: s.id,
    anchor: `s-${s.id}`,
    title: text(s.title),
    pillar: pillars.get(s.pillar) ?? s.pillar,
    description: s.description ? text(s.description) : null,
    questions: index.questions.filter((iq) => iq.section === s).map(blank),
  }));
  return {
    format: 'opsc-audit/questionnaire@1',
    generator,
    lang,
    title: t('questionnaire.title', { title: text(checklist.title) }),
    checklist: {
      id: checklist.id,
      version: checklist.version,
      title: text(checklist.title),
      description: checklist.description ? text(checklist.description) : null,
      digest: checklistDigest(checklist),
    },
    questionCount: index.questions.length,
    sections,
    footnotes: footnotes.list(),
    sources: describeSources(checklist),
  };
}
