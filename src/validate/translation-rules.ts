import type { Finding } from '../model/diagnostic.js';
import type { Checklist } from '../model/checklist.js';

type Path = (string | number)[];
/** Keys whose values are localized strings, wherever they appear. */
const LOCALIZED_KEYS = new Set(['title', 'description', 'label', 'text', 'guidance', 'evidence', 'action']);

/** Warns where a localized string lacks a language that other strings in the file use. */
export function translationFindings(checklist: Checklist): Finding[] {
  const strings: { path: Path; langs: Set<string> }[] = [];
  collect(checklist, [], strings, checklist.language);
  const all = new Set<string>();
  for (const s of strings) for (const l of s.langs) all.add(l);
  if (all.size <= 1) return [];
  const findings: Finding[] = [];
  for (const s of strings) {
    const missing = [...all].filter((l) => !s.langs.has(l)).sort();
    if (missing.length > 0) {
      findings.push({
        code: 'incomplete-translation',
        severity: 'warning',
        path: s.path,
        message: `no translation for ${missing.join(', ')} (other strings in this file have it)`,
      });
    }
  }
  return findings;
}

function collect(
  node: unknown,
  path: Path,
  out: { path: Path; langs: Set<string> }[],
  language: string,
): void {
  if (Array.isArray(node)) {
    node.forEach((item, i) => {
      collect(item, [...path, i], out, language);
    });
    return;
  }
  if (node === null || typeof node !== 'object') return;
  for (const [key, value] of Object.entries(node as Record<string, unknown>)) {
    const here = [...path, key];
    if (LOCALIZED_KEYS.has(key) && isLocalized(value)) {
      out.push({
        path: here,
        langs: typeof value === 'string' ? new Set([language]) : new Set(Object.keys(value)),
      });
    } else if (key !== 'refs') {
      collect(value, here, out, language);
    }
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
