import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';

/** What a file on disk looked like when this process last read or wrote it; 'missing' if it did not exist. */
export type DiskStamp = { size: number; mtimeMs: number; sha256: string } | 'missing';

/** The stamp of a file as it is now on disk. */
export async function stampFile(path: string): Promise<DiskStamp> {
  let size: number;
  let mtimeMs: number;
  try {
    ({ size, mtimeMs } = await stat(path));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return 'missing';
    throw error;
  }
  return { size, mtimeMs, sha256: sha256(await readFile(path)) };
}

/**
 * Compares the file on disk with the stamp: 'same', or when it changed (created, deleted, resized, or other
 * bytes) its modification time. The same bytes under a new time (a `touch`) are the same file: writing over
 * them loses nothing. Size is compared first, so most changes are seen without reading the file.
 */
export async function compareWithDisk(
  path: string,
  last: DiskStamp,
): Promise<{ same: true; stamp: DiskStamp } | { same: false; modified: Date | undefined }> {
  let size: number;
  let mtime: Date;
  try {
    ({ size, mtime } = await stat(path));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    return last === 'missing' ? { same: true, stamp: last } : { same: false, modified: undefined };
  }
  if (last !== 'missing' && size === last.size) {
    const sha = sha256(await readFile(path));
    if (sha === last.sha256) return { same: true, stamp: { size, mtimeMs: mtime.getTime(), sha256: sha } };
  }
  return { same: false, modified: mtime };
}

function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}
