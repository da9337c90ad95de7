import type { Finding } from '../model/diagnostic.js';
import type { Checklist } from '../model/checklist.js';
import { translator } from '../i18n/format.js';

type Path = (string | number)[];
/** Keys whose values are localized strings, wherever they appear. */
const LOCALIZED_KEYS = new Set(['title', 'description', 'label', 'text', 'guidance', 'evidence', 'action']);

/** Warns where a localized string lacks a language that other strings in the file use. */
export function translationFindings(checklist: Checklist): Finding[] {
  // First the languages in use, copying nothing; only a file with more than one is walked again for the strings
  // that lack one, and only their paths are copied out (a large checklist has tens of thousands of strings).
  const all = new Set<string>();
  walk(checklist, [], checklist.language, (langs) => {
    for (const l of langs) all.add(l);
  });
  if (all.size <= 1) return [];
  const t = translator();
  const findings: Finding[] = [];
  walk(checklist, [], checklist.language, (langs, path) => {
    if (langs.length === all.size) return;
    const missing = [...all].filter((l) => !langs.includes(l)).sort();
    if (missing.length > 0) {
      findings.push({
        code: 'incomplete-translation',
        severity: 'warning',
        path: [...path],
        message: t('validate.incomplete-translation', { languages: missing.join(', ') }),
      });
    }
  });
  return findings;
}

/** Calls `visit` with the languages of each localized string, and its path (a stack, valid during the call). */
function walk(
  node: unknown,
  path: Path,
  language: string,
  visit: (langs: readonly string[], path: Path) => void,
): void {
  if (Array.isArray(node)) {
    for (let i = 0; i < node.length; i++) {
      path.push(i);
      walk(node[i], path, language, visit);
      path.pop();
    }
    return;
  }
  if (node === null || typeof node !== 'object') return;
  for (const key of Object.keys(node)) {
    const value = (node as Record<string, unknown>)[key];
    path.push(key);
    if (LOCALIZED_KEYS.has(key) && isLocalized(value)) {
      visit(typeof value === 'string' ? [language] : Object.keys(value), path);
    } else if (key !== 'refs') {
      walk(value, path, language, visit);
    }
    path.pop();
  }
}

function isLocalized(value: unknown): value is string | Record<string, string> {
  if (typeof value === 'string') return true;
  return (
    value !== null &&
    typeof value === 'object' &&
    !Array.isArray(value) &&
    Object.values(value).every((v) => typeof v === 'string')
  );
}
