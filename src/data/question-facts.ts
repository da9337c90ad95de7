import type {
  Answer,
  Checklist,
  Citation as ChecklistCitation,
  IndexedQuestion,
} from '../model/checklist.js';
import { categoryId, categoryLabel, localize } from '../model/checklist.js';
import type { QuestionStatus } from '../score/types.js';
import type { Actor, Answer as AnswerData, Citation } from './data-types.js';

/** A question's text in the checklist's language. */
export function questionText(iq: IndexedQuestion, lang: string): string {
  return localize(iq.question.text, lang).trim();
}

/** The answer as the answers file stores it (level key, yes/no, option keys, number, text); null unless answered. */
export function rawAnswer(answer: Answer | undefined, status: QuestionStatus): AnswerData {
  if (status !== 'answered' || answer === undefined) return null;
  return answer.level ?? answer.value ?? null;
}

/** The names of the checklist's actors by code, in the checklist's language. */
export function actorNameMap(checklist: Checklist): ReadonlyMap<string, string> {
  const lang = checklist.language;
  return new Map((checklist.actors ?? []).map((a) => [categoryId(a), categoryLabel(a, lang).trim()]));
}

/** The actors responsible for a question, by code and name (an undeclared one by its code made readable). */
export function actorsData(codes: readonly string[], names: ReadonlyMap<string, string>): Actor[] {
  return codes.map((id) => ({ id, name: names.get(id) ?? categoryLabel(id, '') }));
}

/** A question's citations with their source's web address. */
export function citationsData(
  checklist: Checklist,
  citations: readonly ChecklistCitation[] | undefined,
): Citation[] {
  const urls = new Map(checklist.sources.map((s) => [s.id, s.url ?? null]));
  return (citations ?? []).map((c) => ({
    source: c.source,
    paragraph: String(c.para),
    page: c.page ?? null,
    url: urls.get(c.source) ?? null,
  }));
}
