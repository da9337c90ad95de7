import { answerKind } from '../model/answer-kinds/index.js';
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
  /** For a `requires` dependency: the condition in words; when it is false the measure counts as not in place. */
  dependency: string | null;
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
    const kind = answerKind(iq);
    const choices: ChoiceView[] = kind.paperChoices(iq, t).map((c) => ({
      label: text(c.label),
      description: c.description ? text(c.description) : null,
    }));
    return {
      id: q.id,
      anchor: questionAnchor(q.id),
      number: iq.index + 1,
      text: text(q.text),
      kindLabel: t(kind.paperInstruction),
      weight: iq.weight,
      choices,
      writeIn: kind.paperWriteIn(iq, t),
      scored: iq.max !== undefined,
      condition: q.when ? describeCondition(q.when, index, t) : null,
      dependency: q.requires ? describeCondition(q.requires, index, t) : null,
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
