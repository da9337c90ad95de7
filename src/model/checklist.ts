import { answerKind } from './answer-kinds/index.js';
import { questionWeight } from './basis.js';
import type { Checklist, Level, LocalizedString, Question, Section, Category } from './schema-types.js';

export type {
  Checklist,
  Question,
  Section,
  Level,
  LocalizedString,
  Category,
  Condition,
  Citation,
  Option,
  Source,
  Band,
  Refs,
  AnswersFile,
  Answer,
  Contributor,
  Evidence,
  ChecklistTranslation,
} from './schema-types.js';

export type QuestionKind = NonNullable<Question['kind']>;

/** A question with everything derived from its checklist that scoring and the interview need. */
export interface IndexedQuestion {
  question: Question;
  section: Section;
  sectionIndex: number;
  /** Position in checklist order, 0-based. */
  index: number;
  kind: QuestionKind;
  weight: number;
  /** The resolved scale, for kind `scale`. */
  scale: readonly Level[] | undefined;
  /** Top score, or undefined for unscored questions (text, number without thresholds). */
  max: number | undefined;
  /** Target score (defaults to max), undefined for unscored questions. */
  target: number | undefined;
}

/** A checklist with its questions in order and indexed by id. */
export interface ChecklistIndex {
  checklist: Checklist;
  questions: IndexedQuestion[];
  byId: Map<string, IndexedQuestion>;
}

/**
 * Indexes a schema-valid checklist; unknown references degrade to unscored rather than throwing. A checklist is
 * never changed once read, so its index is built once and shared: validating a checklist and then using it (the
 * rules, the never-true search, the command) asked for it up to three times.
 */
export function indexChecklist(checklist: Checklist): ChecklistIndex {
  let index = indexes.get(checklist);
  if (!index) indexes.set(checklist, (index = buildIndex(checklist)));
  return index;
}

const indexes = new WeakMap<Checklist, ChecklistIndex>();

function buildIndex(checklist: Checklist): ChecklistIndex {
  const questions: IndexedQuestion[] = [];
  const byId = new Map<string, IndexedQuestion>();
  checklist.sections.forEach((section, sectionIndex) => {
    // Indexed: a `for...of` makes a result per question in code not yet optimized, and this runs once a file.
    for (let i = 0; i < section.questions.length; i++) {
      const question = section.questions[i] as Question;
      const kind = answerKind(question);
      const scale = kind.fields.includes('scale') ? resolveScale(checklist, question) : undefined;
      const max = kind.maxScore({ question, scale });
      const entry: IndexedQuestion = {
        question,
        section,
        sectionIndex,
        index: questions.length,
        kind: kind.name,
        weight: questionWeight(question),
        scale,
        max,
        target: max === undefined ? undefined : (kind.targetScore({ question, scale }) ?? max),
      };
      questions.push(entry);
      if (!byId.has(question.id)) byId.set(question.id, entry);
    }
  });
  return { checklist, questions, byId };
}

/** The scale a `scale` question uses: its own, a named one, or the checklist default. */
export function resolveScale(checklist: Checklist, question: Question): Level[] | undefined {
  if (Array.isArray(question.scale)) return question.scale;
  if (typeof question.scale === 'string') return namedScale(checklist, question.scale);
  return checklist.scale;
}

const namedScales = new WeakMap<Checklist, Map<string, Level[]>>();

/**
 * The scale a checklist defines under `scales` with that name. Looked up in a Map, never on the parsed object,
 * so a name such as "constructor" finds nothing rather than something inherited from Object.prototype.
 */
export function namedScale(checklist: Checklist, name: string): Level[] | undefined {
  let scales = namedScales.get(checklist);
  if (scales === undefined) {
    scales = new Map(Object.entries(checklist.scales ?? {}));
    namedScales.set(checklist, scales);
  }
  return scales.get(name);
}

/** Text of a localized string in a language, falling back to the checklist language, then to any. */
export function localize(value: LocalizedString | undefined, lang: string, fallback?: string): string {
  if (value === undefined) return '';
  if (typeof value === 'string') return value;
  return value[lang] ?? (fallback ? value[fallback] : undefined) ?? Object.values(value)[0] ?? '';
}

/** The id of a pillar, theme or actor declared as a string or an object. */
export function categoryId(category: Category): string {
  return typeof category === 'string' ? category : category.id;
}

/** The display label of a category (its label, or its id made readable). */
export function categoryLabel(category: Category, lang: string, fallback?: string): string {
  if (typeof category !== 'string' && category.label !== undefined) {
    return localize(category.label, lang, fallback);
  }
  const id = categoryId(category).replace(/[_-]+/g, ' ');
  return id.charAt(0).toUpperCase() + id.slice(1);
}
