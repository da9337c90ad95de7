import { createHash } from 'node:crypto';
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Checklist } from '../model/checklist.js';
import { packageRoot } from './paths.js';

/**
 * Where the build stores the data of the bundled checklists that validated with no diagnostics, one JSON file
 * per checklist named `<bytes>-<sha256>.json` after the exact text it came from (scripts/build-clean-cache.mjs).
 */
export const cleanCacheDir = join(packageRoot, 'dist', 'clean-cache');

let entries: Promise<Map<number, string[]>> | undefined;

/** The cache file name for a file's bytes. */
export function cleanCacheName(bytes: Uint8Array): string {
  return `${bytes.length}-${createHash('sha256').update(bytes).digest('hex')}.json`;
}

/**
 * The checklist in a file, when the file is byte for byte one the build validated with no diagnostics;
 * undefined otherwise (any edit misses the cache, and the file is then parsed and validated in full).
 */
export async function readCleanChecklist(path: string): Promise<Checklist | undefined> {
  try {
    const bySize = await (entries ??= listEntries());
    const info = await stat(path);
    if (!info.isFile() || !bySize.has(info.size)) return undefined;
    const name = cleanCacheName(await readFile(path));
    if (!bySize.get(info.size)?.includes(name)) return undefined;
    return JSON.parse(await readFile(join(cleanCacheDir, name), 'utf8')) as Checklist;
  } catch {
    return undefined;
  }
}

async function listEntries(): Promise<Map<number, string[]>> {
  const bySize = new Map<number, string[]>();
  let names: string[] = [];
  try {
    names = await readdir(cleanCacheDir);
  } catch {
    return bySize;
  }
  for (const name of names) {
    const size = Number(name.split('-')[0]);
    bySize.set(size, [...(bySize.get(size) ?? []), name]);
  }
  return bySize;
}
