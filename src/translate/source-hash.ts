import { createHash } from 'node:crypto';
import type { EnglishFields } from './entries.js';

/**
 * The `source` of a translation entry: the first 12 hex digits of the SHA-256 of the JSON of the English it
 * translates, fields in ENTRY_FIELDS order (absent ones left out; a map field's keys in checklist order). When the
 * English of an entry changes, so does its hash, and validate reports the translation as outdated.
 */
export function sourceHash(english: EnglishFields): string {
  return createHash('sha256').update(JSON.stringify(english)).digest('hex').slice(0, 12);
}

/** What a `source` looks like. */
export const SOURCE_PATTERN = /^[0-9a-f]{12}$/;

/** A hash as YAML must write it to stay a string: quoted when it is all digits or reads as a number (`12e45`). */
export function yamlHash(hash: string): string {
  return /^[0-9]+(?:[eE][0-9]+)?$/.test(hash) ? `"${hash}"` : hash;
}
