import { createHash } from 'node:crypto';
import type { Checklist, IndexedQuestion } from './checklist.js';

/** JSON with object keys sorted, so equal content always gives equal text. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (v === null || typeof v !== 'object' || Array.isArray(v)) return v;
    const sorted: Record<string, unknown> = {};
    for (const k of Object.keys(v).sort()) sorted[k] = (v as Record<string, unknown>)[k];
    return sorted;
  });
}

/** Digest of a checklist's canonical content, as recorded in answers files. */
export function checklistDigest(checklist: Checklist): string {
  return `sha256:${createHash('sha256').update(canonicalJson(checklist)).digest('hex')}`;
}

/** Short digest of what a respondent answered to: the question's text, kind and answer options. */
export function questionDigest(q: IndexedQuestion): string {
  const { text, kind, options, thresholds, cap } = q.question;
  const content = canonicalJson({
    text,
    kind: kind ?? 'scale',
    scale: q.scale?.map((l) => [l.key, l.value]),
    options,
    thresholds,
    cap,
  });
  return createHash('sha256').update(content).digest('hex').slice(0, 12);
}
