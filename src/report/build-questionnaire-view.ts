import { answerKind } from '../model/answer-kinds/index.js';
import { pageLanguage, type TextDirection } from '../i18n/direction.js';
import { translator, type Translate, partSeparator } from '../i18n/format.js';
import type { ChecklistIndex, IndexedQuestion } from '../model/checklist.js';
import { categoryLabel, localize } from '../model/checklist.js';
import { checklistDigest } from '../model/digest.js';
import { describeCondition } from './describe-condition.js';
import { neutralizeMarkdown, renderMarkdownHtml } from './markdown.js';
import { splitAnswerGuidance } from './split-answer-guidance.js';
import { describeSources, FootnoteRegistry } from './view-citations.js';
import { questionAnchor } from './view-questions.js';
import type { SourceView } from './view-types.js';

/** One answer on paper: a tick box, its label and, once, what it means for this question. */
export interface ChoiceView {
  label: string;
  description: string | null;
}

/** A question as printed on a blank questionnaire: nothing about weights or scores. */
export interface BlankQuestionView {
  id: string;
  anchor: string;
  number: number;
  text: string;
  /** How to answer: "Choose one level", "Tick all that apply", "Write a number". */
  instruction: string;
  choices: ChoiceView[];
  /** True when the choices are short enough to print in two columns. */
  columns: boolean;
  /** For number and text questions: the label of the write-in line. */
  writeIn: string | null;
  /** Whether "Don't know" and "Not applicable" are offered (scored questions). */
  offerUnknown: boolean;
  /** When to answer, as whole sentences ("Answer only if you answered “Yes” to PRO-HLP-01."). */
  conditions: string[];
  evidencePrompt: string | null;
  /** The guidance left once the answers' own descriptions are moved to their tick boxes. */
  guidanceHtml: string | null;
  guidanceMd: string | null;
  /** Where the question comes from, in one line: the source paragraphs ("Source: A/HRC/49/51, para. 43."). */
  references: string | null;
}

/** A section of the blank questionnaire; its first question is kept on the page of its heading. */
export interface BlankSectionView {
  id: string;
  anchor: string;
  title: string;
  pillar: string;
  description: string | null;
  first: BlankQuestionView | null;
  rest: BlankQuestionView[];
}

/** A printable blank questionnaire for respondents who answer on paper. */
export interface QuestionnaireView {
  format: 'opsc-audit/questionnaire@2';
  generator: string;
  /** The language of the questionnaire's own text (the page's `lang`) and its direction (the page's `dir`). */
  lang: string;
  dir: TextDirection;
  title: string;
  checklist: { id: string; version: string; title: string; description: string | null; digest: string };
  questionCount: number;
  sections: BlankSectionView[];
  sources: SourceView[];
}

/** Choices this long or longer go one per line. */
const COLUMN_LABEL_CHARS = 38;

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
  const citations = new FootnoteRegistry(checklist);
  const pillars = new Map(
    checklist.pillars.map((p) => [typeof p === 'string' ? p : p.id, categoryLabel(p, lang)]),
  );
  const blank = (iq: IndexedQuestion): BlankQuestionView => {
    const q = iq.question;
    const kind = answerKind(iq);
    const paper = kind.paperChoices(iq, t);
    const keys = answerKeys(iq, t);
    const names = paper.map((c, i) => [
      text(c.label),
      ...(keys.length === paper.length ? [keys[i] ?? ''] : []),
    ]);
    const guidance = splitAnswerGuidance(q.guidance ? text(q.guidance) : '', names);
    const choices = paper.map((c, i) => ({
      label: text(c.label),
      description: guidance.descriptions[i] ?? (c.description ? text(c.description) : null),
    }));
    const marks = citations.cite(q.sources).map((c) => c.label);
    return {
      id: q.id,
      anchor: questionAnchor(q.id),
      number: iq.index + 1,
      text: text(q.text),
      instruction: t(kind.paperInstruction),
      choices,
      columns: choices.every((c) => c.description === null && c.label.length < COLUMN_LABEL_CHARS),
      writeIn: kind.paperWriteIn(iq, t),
      offerUnknown: iq.max !== undefined,
      conditions: [q.when, q.requires].flatMap((c) =>
        c ? [t('questionnaire.answerOnlyIf', { condition: describeCondition(c, index, t) })] : [],
      ),
      evidencePrompt: q.evidence ? text(q.evidence) : null,
      // Rendered when read: only the HTML questionnaire shows it (its template loads markdown-it first).
      get guidanceHtml() {
        return guidance.rest ? renderMarkdownHtml(guidance.rest) : null;
      },
      guidanceMd: guidance.rest ? neutralizeMarkdown(guidance.rest) : null,
      references:
        marks.length > 0 ? t('questionnaire.sourceParagraphs', { list: marks.join(partSeparator()) }) : null,
    };
  };
  const sections = checklist.sections.map((s): BlankSectionView => {
    const [first, ...rest] = index.questions.filter((iq) => iq.section === s).map(blank);
    return {
      id: s.id,
      anchor: `s-${s.id}`,
      title: text(s.title),
      pillar: pillars.get(s.pillar) ?? s.pillar,
      description: s.description ? text(s.description) : null,
      first: first ?? null,
      rest,
    };
  });
  return {
    format: 'opsc-audit/questionnaire@2',
    generator,
    ...pageLanguage(language),
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
    sources: describeSources(checklist),
  };
}

/** The keys of a question's answers, in the order the paper prints them (guidance may name an answer by key). */
function answerKeys(iq: IndexedQuestion, t: Translate): string[] {
  const offer = answerKind(iq).offer(iq, t);
  if (offer.type === 'pick') return offer.picks.map((p) => p.key);
  return offer.entry.type === 'options' ? offer.entry.options.map((o) => o.key) : [];
}
