import { categoryId, categoryLabel, type Checklist } from '../model/checklist.js';

/** The plain-words name of each actor a checklist declares, by id, in the report's language. */
export function actorNames(checklist: Checklist, lang: string): ReadonlyMap<string, string> {
  return new Map(
    (checklist.actors ?? []).map((a) => [categoryId(a), categoryLabel(a, lang, checklist.language).trim()]),
  );
}

/** The actors responsible for a question, by name (an undeclared one by its id made readable), in its order. */
export function responsibleActors(
  actors: readonly string[] | undefined,
  names: ReadonlyMap<string, string>,
): string[] {
  return (actors ?? []).map((id) => names.get(id) ?? categoryLabel(id, ''));
}
