import type { Finding } from '../model/diagnostic.js';
import type { Checklist } from '../model/checklist.js';
import { translator } from '../i18n/format.js';

type Path = (string | number)[];
/** Keys whose values are localized strings, wherever they appear. */
const LOCALIZED_KEYS = new Set(['title', 'description', 'label', 'text', 'guidance', 'evidence', 'action']);

/** Warns where a localized string lacks a language that other strings in the file use. */
export function translationFindings(checklist: Checklist): Finding[] {
  // One walk finds the languages in use and the fewest any string has; only a file where some string lacks one
  // is walked again, to report those strings. Neither walk allocates per string (a large checklist has a hundred
  // thousand of them): only the paths of the strings reported are copied out.
  const all = new Set<string>();
  let fewest = Infinity;
  eachLocalized(checklist, undefined, (value) => {
    let count = 0;
    if (typeof value === 'string') {
      all.add(checklist.language);
      count = 1;
    } else {
      for (const l in value) {
        if (!Object.hasOwn(value, l)) continue;
        all.add(l);
        count++;
      }
    }
    if (count < fewest) fewest = count;
  });
  if (fewest >= all.size) return [];
  const t = translator();
  const findings: Finding[] = [];
  eachLocalized(checklist, [], (value, path) => {
    // Every language a string has is in use, so one with as many as are in use has them all.
    if (languageCount(value) >= all.size) return;
    const langs = typeof value === 'string' ? [checklist.language] : Object.keys(value);
    const missing = [...all].filter((l) => !langs.includes(l)).sort();
    findings.push({
      code: 'incomplete-translation',
      severity: 'warning',
      path: [...path],
      message: t('validate.incomplete-translation', { languages: missing.join(', ') }),
    });
  });
  return findings;
}

/**
 * Calls `visit` with each localized string under `node` and its path (a stack, valid during the call; without
 * `path`, the walk keeps none and passes an empty one).
 */
function eachLocalized(
  node: unknown,
  path: Path | undefined,
  visit: (value: string | Record<string, string>, path: Path) => void,
): void {
  if (node === null || typeof node !== 'object') return;
  if (Array.isArray(node)) {
    for (let i = 0; i < node.length; i++) {
      const item: unknown = node[i];
      if (item === null || typeof item !== 'object') continue;
      path?.push(i);
      eachLocalized(item, path, visit);
      path?.pop();
    }
    return;
  }
  const record = node as Record<string, unknown>;
  for (const key in record) {
    if (!Object.hasOwn(record, key)) continue;
    const value = record[key];
    const localized = LOCALIZED_KEYS.has(key) && isLocalized(value);
    if (!localized && (value === null || typeof value !== 'object' || key === 'refs')) continue;
    path?.push(key);
    if (localized) visit(value, path ?? NO_PATH);
    else eachLocalized(value, path, visit);
    path?.pop();
  }
}

const NO_PATH: Path = [];

/** The languages a localized string has: a plain string is in the checklist's language. */
function languageCount(value: string | Record<string, string>): number {
  if (typeof value === 'string') return 1;
  let n = 0;
  for (const key in value) if (Object.hasOwn(value, key)) n++;
  return n;
}

function isLocalized(value: unknown): value is string | Record<string, string> {
  if (typeof value === 'string') return true;
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const record = value as Record<string, unknown>;
  for (const key in record) if (Object.hasOwn(record, key) && typeof record[key] !== 'string') return false;
  return true;
}
