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
  const fewest = survey(checklist, checklist.language, all);
  if (fewest >= all.size) return [];
  const t = translator();
  const findings: Finding[] = [];
  const report = (path: Path, value: string | Record<string, string>): void => {
    const langs = typeof value === 'string' ? [checklist.language] : Object.keys(value);
    const missing = [...all].filter((l) => !langs.includes(l)).sort();
    findings.push({
      code: 'incomplete-translation',
      severity: 'warning',
      path: [...path],
      message: t('validate.incomplete-translation', { languages: missing.join(', ') }),
    });
  };
  incomplete(checklist, [], all.size, report);
  return findings;
}

/**
 * Adds the languages of every localized string under `node` to `all` (a plain string is in `language`), and
 * returns the fewest languages one of them has (Infinity when there is none).
 */
function survey(node: unknown, language: string, all: Set<string>): number {
  let fewest = Infinity;
  if (Array.isArray(node)) {
    for (const item of node) fewest = Math.min(fewest, survey(item, language, all));
    return fewest;
  }
  if (node === null || typeof node !== 'object') return fewest;
  const record = node as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    const value = record[key];
    if (LOCALIZED_KEYS.has(key) && isLocalized(value)) {
      if (typeof value === 'string') {
        all.add(language);
        fewest = Math.min(fewest, 1);
      } else {
        let n = 0;
        for (const l in value) {
          if (!Object.hasOwn(value, l)) continue;
          all.add(l);
          n++;
        }
        fewest = Math.min(fewest, n);
      }
    } else if (key !== 'refs') fewest = Math.min(fewest, survey(value, language, all));
  }
  return fewest;
}

/** Calls `report` for each localized string with fewer than `count` languages; `path` is a stack. */
function incomplete(
  node: unknown,
  path: Path,
  count: number,
  report: (path: Path, value: string | Record<string, string>) => void,
): void {
  if (Array.isArray(node)) {
    for (let i = 0; i < node.length; i++) {
      path.push(i);
      incomplete(node[i], path, count, report);
      path.pop();
    }
    return;
  }
  if (node === null || typeof node !== 'object') return;
  const record = node as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    const value = record[key];
    path.push(key);
    if (LOCALIZED_KEYS.has(key) && isLocalized(value)) {
      // Every language a string has is in use, so one with as many as are in use has them all.
      if ((typeof value === 'string' ? 1 : languageCount(value)) < count) report(path, value);
    } else if (key !== 'refs') incomplete(value, path, count, report);
    path.pop();
  }
}

function languageCount(value: Record<string, string>): number {
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
