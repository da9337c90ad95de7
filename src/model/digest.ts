import { createHash, type Hash } from 'node:crypto';
import type { Checklist, IndexedQuestion } from './checklist.js';

/** JSON with object keys sorted, so equal content always gives equal text. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (v === null || typeof v !== 'object' || Array.isArray(v)) return v;
    // No prototype, so a "__proto__" key is kept as data like any other key.
    const sorted = Object.create(null) as Record<string, unknown>;
    for (const k of Object.keys(v).sort()) sorted[k] = (v as Record<string, unknown>)[k];
    return sorted;
  });
}

/** Digest of a checklist's canonical content, as recorded in answers files. */
export function checklistDigest(checklist: Checklist): string {
  return `sha256:${canonicalJsonHash(checklist).digest('hex')}`;
}

/**
 * A SHA-256 hash fed exactly the text canonicalJson(value) would give, written in chunks as the value is
 * walked, so a checklist of many megabytes is never held as one string.
 */
export function canonicalJsonHash(value: unknown): Hash {
  const hash = createHash('sha256');
  let chunk = '';
  const put = (s: string): void => {
    chunk += s;
    if (chunk.length >= 65536) {
      hash.update(chunk);
      chunk = '';
    }
  };
  const write = (v: unknown): void => {
    if (v === null || typeof v !== 'object') {
      // JSON.stringify's own rules for scalars (non-finite numbers become null).
      put(v === undefined ? 'null' : JSON.stringify(v));
      return;
    }
    if (Array.isArray(v)) {
      put('[');
      v.forEach((item: unknown, i) => {
        if (i > 0) put(',');
        if (item === undefined || typeof item === 'function' || typeof item === 'symbol') put('null');
        else write(item);
      });
      put(']');
      return;
    }
    put('{');
    let first = true;
    for (const k of canonicalKeyOrder(Object.keys(v))) {
      const item = (v as Record<string, unknown>)[k];
      if (item === undefined || typeof item === 'function' || typeof item === 'symbol') continue;
      put(`${first ? '' : ','}${JSON.stringify(k)}:`);
      first = false;
      write(item);
    }
    put('}');
  };
  write(value);
  hash.update(chunk);
  return hash;
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

/**
 * The order in which canonicalJson writes an object's keys: its sorted object puts array-index keys ("0", "12")
 * first in numeric order, as every JavaScript object does, then the other keys in sorted order.
 */
function canonicalKeyOrder(keys: string[]): string[] {
  const index = (k: string): boolean => /^(?:0|[1-9][0-9]*)$/.test(k) && Number(k) < 4294967295;
  const indices = keys.filter(index).sort((a, b) => Number(a) - Number(b));
  return indices.length === 0 ? keys.sort() : [...indices, ...keys.filter((k) => !index(k)).sort()];
}
