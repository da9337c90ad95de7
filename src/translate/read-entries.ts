import type { ChecklistTranslation } from '../model/checklist.js';

/** One entry as a translation file gives it: its translated fields (`source` apart), or null when it is empty. */
export type GivenEntry = Readonly<Record<string, unknown>> | null;

/** The entry of a translation file at a path (`['questions', 'PRV-LAW-01']`), or undefined when it is absent. */
export function givenEntry(file: ChecklistTranslation, path: readonly string[]): GivenEntry | undefined {
  let node: unknown = file;
  for (const key of path) {
    if (node === null || typeof node !== 'object' || !Object.hasOwn(node, key)) return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  if (node === null) return null;
  return typeof node === 'object' && !Array.isArray(node) ? (node as Record<string, unknown>) : undefined;
}

/** The top-level groups of a translation file and how deep their entries sit (`scales` by name, then by key). */
export const GROUP_DEPTH: Readonly<Record<string, number>> = {
  about: 0,
  sources: 1,
  scale: 1,
  scales: 2,
  bands: 1,
  pillars: 1,
  themes: 1,
  actors: 1,
  sections: 1,
  questions: 1,
};

/** Every entry path a translation file holds, in file order (whatever the checklist has). */
export function givenPaths(file: ChecklistTranslation): string[][] {
  const paths: string[][] = [];
  const walk = (node: unknown, path: string[], depth: number): void => {
    if (depth === 0) {
      paths.push(path);
      return;
    }
    if (node === null || typeof node !== 'object') return;
    for (const key of Object.keys(node))
      walk((node as Record<string, unknown>)[key], [...path, key], depth - 1);
  };
  for (const [group, depth] of Object.entries(GROUP_DEPTH))
    if (Object.hasOwn(file, group)) walk((file as unknown as Record<string, unknown>)[group], [group], depth);
  return paths;
}
