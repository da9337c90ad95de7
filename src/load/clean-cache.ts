import { createHash, type Hash } from 'node:crypto';
import { closeSync, fstatSync, openSync, readFileSync, readSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Checklist } from '../model/checklist.js';
import { packageRoot } from './paths.js';

/**
 * Where the build stores the data of the bundled checklists that validated with no diagnostics, one JSON file
 * per checklist named after the exact text it came from and the validator that found it clean
 * (scripts/build-clean-cache.mjs), next to the list of the validator's files (VALIDATOR_FILES_LIST).
 */
export const cleanCacheDir = join(packageRoot, 'dist', 'clean-cache');

/**
 * The file in the cache folder listing, relative to the package root, every file the validator is made of: the
 * reader and parser, the schemas, the compiled schema validators, the rules and all they import.
 */
export const VALIDATOR_FILES_LIST = 'validator-files.json';

/**
 * The file in the cache folder naming every entry with the facts of its checklist a run may need without reading
 * the data (CleanFacts): `{ "<entry>.json": { "id": ..., "language": ... } }`.
 */
export const ENTRIES_LIST = 'entries.json';

/** What a run may know of a clean checklist without reading its data. */
export type CleanFacts = Pick<Checklist, 'id' | 'language'>;

// The cache is a few small files on a local disk, read synchronously: a command that reads the four bundled
// checklists would otherwise wait on about fifteen round trips through the thread pool.
let entries: Entries | undefined;
let fingerprint: string | undefined;

interface Entries {
  /** The sizes of the files the cache holds: a file of another size is no entry, and is not hashed. */
  sizes: Set<number>;
  facts: Map<string, CleanFacts>;
}

/** The cache key of a checklist file: its size, and a SHA-256 of the validator's fingerprint and its bytes. */
export function cleanCacheName(bytes: Uint8Array, validator: string): string {
  const hash = createHash('sha256').update(validator).update('\0').update(bytes).digest('hex');
  return `${bytes.length}-${hash}.json`;
}

/**
 * A SHA-256 of files (paths relative to `root`): each one's path and bytes, so any edit changes it. The files are
 * a few dozen small modules, read synchronously: quicker than as many round trips through the thread pool.
 */
export function fingerprintFiles(root: string, files: readonly string[]): string {
  const hash = createHash('sha256');
  for (const file of files) hashFile(hash, join(root, file), (size) => `${file}\0${size}\0`);
  return hash.digest('hex');
}

/** cleanCacheName of the file at `path`, read a piece at a time. */
function cleanCacheNameOf(path: string, validator: string): string {
  const hash = createHash('sha256').update(validator).update('\0');
  const size = hashFile(hash, path);
  return `${size}-${hash.digest('hex')}.json`;
}

// Files are hashed through one small buffer, reused: reading a whole file into new memory costs more than hashing
// it (about 6 ms a megabyte for the first touch of the pages on our machines, against 2 ms to hash it).
const PIECE = 64 * 1024;
let piece: Buffer | undefined;

/** Feeds `before(size)` and then the bytes of the file at `path` to `hash`; returns how many bytes it read. */
function hashFile(hash: Hash, path: string, before?: (size: number) => string): number {
  const fd = openSync(path, 'r');
  try {
    if (before) hash.update(before(fstatSync(fd).size));
    const buffer = (piece ??= Buffer.allocUnsafe(PIECE));
    let total = 0;
    for (let n = readSync(fd, buffer, 0, PIECE, null); n > 0; n = readSync(fd, buffer, 0, PIECE, null)) {
      hash.update(buffer.subarray(0, n));
      total += n;
    }
    return total;
  } finally {
    closeSync(fd);
  }
}

/**
 * The checklist in a file, when the file is byte for byte one the build validated with no diagnostics, with the
 * validator as it is now on disk; undefined otherwise (any edit of the file, or of a schema, rule or parser since
 * the cache was written, misses the cache, and the file is then parsed and validated in full).
 */
export function readCleanChecklist(path: string): Checklist | undefined {
  const name = entryOf(path);
  if (name === undefined) return undefined;
  try {
    return JSON.parse(readFileSync(join(cleanCacheDir, name), 'utf8')) as Checklist;
  } catch {
    return undefined;
  }
}

/**
 * The id and language of the checklist in a file, on the same terms as readCleanChecklist, without reading the
 * checklist's data: for a run that needs no more of a clean checklist.
 */
export function cleanChecklistFacts(path: string): CleanFacts | undefined {
  const name = entryOf(path);
  return name === undefined ? undefined : entries?.facts.get(name);
}

/** The name of the cache entry of a file (a hit), or undefined. */
function entryOf(path: string): string | undefined {
  try {
    const known = (entries ??= listEntries());
    const info = statSync(path);
    if (!info.isFile() || !known.sizes.has(info.size)) return undefined;
    const validator = (fingerprint ??= currentFingerprint());
    if (validator === undefined) return undefined;
    const name = cleanCacheNameOf(path, validator);
    return known.facts.has(name) ? name : undefined;
  } catch {
    return undefined;
  }
}

/** The fingerprint of the validator files the build listed, as they are now; undefined without a list. */
function currentFingerprint(): string | undefined {
  try {
    const files = JSON.parse(readFileSync(join(cleanCacheDir, VALIDATOR_FILES_LIST), 'utf8')) as string[];
    return fingerprintFiles(packageRoot, files);
  } catch {
    return undefined;
  }
}

function listEntries(): Entries {
  const facts = new Map<string, CleanFacts>();
  try {
    const list = JSON.parse(readFileSync(join(cleanCacheDir, ENTRIES_LIST), 'utf8')) as Record<
      string,
      CleanFacts
    >;
    for (const [name, fact] of Object.entries(list)) facts.set(name, fact);
  } catch {
    // No cache (a build without it, or a source checkout): every file is read in full.
  }
  return { sizes: new Set([...facts.keys()].map((name) => Number(name.split('-')[0]))), facts };
}

/** The folder, in the cache folder, of the bundled checklists' guidance as the build rendered it. */
export const RENDERED_MARKDOWN_DIR = 'markdown';

/** The file of the Markdown the build rendered for a checklist's questionnaire in a language. */
export function renderedMarkdownFile(id: string, lang: string): string | undefined {
  // Ids and tags come from files a user may write: only plain names become file names.
  if (!/^[a-z0-9][a-z0-9-]*$/.test(id) || !/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(lang)) return undefined;
  return join(cleanCacheDir, RENDERED_MARKDOWN_DIR, `${id}.${lang}.json`);
}

/**
 * The guidance of a bundled checklist's questionnaire in a language as the build rendered it (source -> HTML), or
 * undefined. Whatever checklist a user names, a source that is not byte for byte one the build saw is rendered as
 * usual: this only saves work.
 */
export function renderedMarkdownFor(id: string, lang: string): [string, string][] | undefined {
  const file = renderedMarkdownFile(id, lang);
  if (file === undefined) return undefined;
  try {
    const done = JSON.parse(readFileSync(file, 'utf8')) as unknown;
    if (!Array.isArray(done)) return undefined;
    return done.filter(
      (pair): pair is [string, string] =>
        Array.isArray(pair) &&
        pair.length === 2 &&
        typeof pair[0] === 'string' &&
        typeof pair[1] === 'string',
    );
  } catch {
    return undefined;
  }
}
