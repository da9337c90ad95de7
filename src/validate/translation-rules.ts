import type { Finding } from '../model/diagnostic.js';
import type { Checklist } from '../model/checklist.js';
import { translator } from '../i18n/format.js';

type Path = (string | number)[];
/** Keys whose values are localized strings, wherever they appear. */
const LOCALIZED_KEYS = new Set(['title', 'description', 'label', 'text', 'guidance', 'evidence', 'action']);

/** Warns where a localized string lacks a language that other strings in the file use. */
export function translationFindings(checklist: Checklist): Finding[] {
  const strings: { path: Path; langs: readonly string[] }[] = [];
  collect(checklist, [], strings, checklist.language);
  const all = new Set<string>();
  for (const s of strings) for (const l of s.langs) all.add(l);
  if (all.size <= 1) return [];
  const t = translator();
  const findings: Finding[] = [];
  for (const s of strings) {
    if (s.langs.length === all.size) continue;
    const missing = [...all].filter((l) => !s.langs.includes(l)).sort();
    if (missing.length > 0) {
      findings.push({
        code: 'incomplete-translation',
        severity: 'warning',
        path: s.path,
        message: t('validate.incomplete-translation', { languages: missing.join(', ') }),
      });
    }
  }
  return findings;
}

/** Walks the tree with one path stack; only the paths of localized strings are copied out. */
function collect(
  node: unknown,
  path: Path,
  out: { path: Path; langs: readonly string[] }[],
  language: string,
): void {
  if (Array.isArray(node)) {
    for (let i = 0; i < node.length; i++) {
      path.push(i);
      collect(node[i], path, out, language);
      path.pop();
    }
    return;
  }
  if (node === null || typeof node !== 'object') return;
  for (const key of Object.keys(node)) {
    const value = (node as Record<string, unknown>)[key];
    path.push(key);
    if (LOCALIZED_KEYS.has(key) && isLocalized(value)) {
      out.push({
        path: [...path],
        langs: typeof value === 'string' ? [language] : Object.keys(value),
      });
    } else if (key !== 'refs') {
      collect(value, path, out, language);
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
