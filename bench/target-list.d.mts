import type { Target } from './targets.mjs';
import type { Measured } from './markdown.mjs';

type Group = Map<string, Measured>;
type Section<K> = { results: Map<K, Group> } | { skipped: string };
/** The targets of issue 17 from the sections' results. */
export function listTargets(sections: {
  startup: { results: Group } | { skipped: string };
  validate: Section<string>;
  commands: Section<number>;
  multi: { results: Group } | { skipped: string };
  save: { ratios: { size: number; ratio: number | undefined }[] } | { skipped: string; failed?: string };
}): Target[];
