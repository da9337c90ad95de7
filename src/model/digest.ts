import { createHash, type Hash } from 'node:crypto';
import type { Checklist, IndexedQuestion } from './checklist.js';
import { originalOf } from './translation-origin.js';

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

const digests = new WeakMap<Checklist, string>();

/**
 * Digest of a checklist's canonical content, as recorded in answers files. Loaded checklists are never changed,
 * so each one is hashed once per run however many steps ask.
 */
export function checklistDigest(checklist: Checklist): string {
  let digest = digests.get(checklist);
  if (digest === undefined) {
    // A translated copy (translate/apply-translation.ts) has the digest of the checklist it was made from.
    digest = `sha256:${canonicalJsonHash(originalOf(checklist)).digest('hex')}`;
    digests.set(checklist, digest);
  }
  return digest;
}

/**
 * A SHA-256 hash fed exactly the text canonicalJson(value) would give, written in chunks as the value is
 * walked, so a checklist of many megabytes is never held as one string. Objects of a checklist share a few key
 * sets, so each set's order and each key's quoted form are worked out once.
 */
export function canonicalJsonHash(value: unknown): Hash {
  const hash = createHash('sha256');
  const keyText = new Memo<string>();
  const keyOrder = new Memo<readonly string[]>();
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
      if (typeof v === 'string' && !NEEDS_ESCAPE.test(v)) put(`"${v}"`);
      else put(v === undefined ? 'null' : JSON.stringify(v));
      return;
    }
    if (Array.isArray(v)) {
      put('[');
      for (let i = 0; i < v.length; i++) {
        const item: unknown = v[i];
        if (i > 0) put(',');
        if (item === undefined || typeof item === 'function' || typeof item === 'symbol') put('null');
        else write(item);
      }
      put(']');
      return;
    }
    const keys = Object.keys(v);
    const order = keyOrder.get(JSON.stringify(keys), () => canonicalKeyOrder(keys));
    let first = true;
    put('{');
    for (const k of order) {
      const item = (v as Record<string, unknown>)[k];
      if (item === undefined || typeof item === 'function' || typeof item === 'symbol') continue;
      if (!first) put(',');
      put(keyText.get(k, () => `${JSON.stringify(k)}:`));
      first = false;
      write(item);
    }
    put('}');
  };
  write(value);
  hash.update(chunk);
  return hash;
}

/** A bounded cache: past its size, values are computed without being kept. */
class Memo<T> {
  private readonly map = new Map<string, T>();
  constructor(private readonly max = 4096) {}
  get(key: string, make: () => T): T {
    const known = this.map.get(key);
    if (known !== undefined) return known;
    const made = make();
    if (this.map.size < this.max) this.map.set(key, made);
    return made;
  }
}

const questionDigests = new WeakMap<IndexedQuestion, string>();
const legacyDigests = new WeakMap<IndexedQuestion, string>();

/**
 * Short digest of what a respondent answered to: the question's text, kind and answer options. Scale levels
 * count whole (label and description too), like options: a relabelled level is a changed question. Like the
 * checklist's digest, each question's is worked out once per run (the interview checks every answer's at
 * every save).
 */
export function questionDigest(q: IndexedQuestion): string {
  let digest = questionDigests.get(q);
  if (digest === undefined) {
    const { text, options, thresholds, cap } = originalOf(q.question);
    const scale = q.scale && originalOf(q.scale);
    digest = shortDigest({ text, kind: q.kind, scale, options, thresholds, cap });
    questionDigests.set(q, digest);
  }
  return digest;
}

/**
 * The question digest opsc-audit recorded before scale levels counted whole (levels as [key, value] only). It
 * says nothing about labels, so it is taken as current only where the file's header vouches that the whole
 * checklist is unchanged.
 */
export function legacyQuestionDigest(q: IndexedQuestion): string {
  let digest = legacyDigests.get(q);
  if (digest === undefined) {
    const { text, options, thresholds, cap } = originalOf(q.question);
    const scale = q.scale?.map((l) => [l.key, l.value]);
    digest = shortDigest({ text, kind: q.kind, scale, options, thresholds, cap });
    legacyDigests.set(q, digest);
  }
  return digest;
}

function shortDigest(content: unknown): string {
  return createHash('sha256').update(canonicalJson(content)).digest('hex').slice(0, 12);
}

/** Characters JSON.stringify writes as escapes (lone surrogates included); strings without any are quoted as is. */
// eslint-disable-next-line no-control-regex
const NEEDS_ESCAPE = /["\\\u0000-\u001f\ud800-\udfff]/;
const ARRAY_INDEX = /^(?:0|[1-9][0-9]*)$/;

/**
 * The order in which canonicalJson writes an object's keys: its sorted object puts array-index keys ("0", "12")
 * first in numeric order, as every JavaScript object does, then the other keys in sorted order.
 */
function canonicalKeyOrder(keys: string[]): string[] {
  const index = (k: string): boolean => ARRAY_INDEX.test(k) && Number(k) < 4294967295;
  const indices = keys.filter(index).sort((a, b) => Number(a) - Number(b));
  return indices.length === 0 ? keys.sort() : [...indices, ...keys.filter((k) => !index(k)).sort()];
}
