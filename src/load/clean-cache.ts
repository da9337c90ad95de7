import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync } from 'node:fs';
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

// The cache is a few small files on a local disk, read synchronously: a command that reads the four bundled
// checklists would otherwise wait on about fifteen round trips through the thread pool.
let entries: Map<number, string[]> | undefined;
let fingerprint: string | undefined;

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
  for (const file of files) {
    const bytes = readFileSync(join(root, file));
    hash.update(`${file}\0${bytes.length}\0`).update(bytes);
  }
  return hash.digest('hex');
}

/**
 * The checklist in a file, when the file is byte for byte one the build validated with no diagnostics, with the
 * validator as it is now on disk; undefined otherwise (any edit of the file, or of a schema, rule or parser since
 * the cache was written, misses the cache, and the file is then parsed and validated in full).
 */
export function readCleanChecklist(path: string): Checklist | undefined {
  try {
    const bySize = (entries ??= listEntries());
    const info = statSync(path);
    if (!info.isFile() || !bySize.has(info.size)) return undefined;
    const validator = (fingerprint ??= currentFingerprint());
    if (validator === undefined) return undefined;
    const name = cleanCacheName(readFileSync(path), validator);
    if (!bySize.get(info.size)?.includes(name)) return undefined;
    return JSON.parse(readFileSync(join(cleanCacheDir, name), 'utf8')) as Checklist;
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

function listEntries(): Map<number, string[]> {
  const bySize = new Map<number, string[]>();
  let names: string[] = [];
  try {
    names = readdirSync(cleanCacheDir);
  } catch {
    return bySize;
  }
  for (const name of names) {
    const size = Number(name.split('-')[0]);
    bySize.set(size, [...(bySize.get(size) ?? []), name]);
  }
  return bySize;
}
