import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';

/**
 * What a file on disk held when this process last read or wrote it ('missing' if it did not exist): its size
 * and either its bytes (a file we wrote: kept, so that checking costs no hashing) or their sha256 (a file we read).
 */
export type DiskStamp = { size: number; content: { bytes: Uint8Array } | { sha256: string } } | 'missing';

/** The stamp of a file as it is now on disk (read and hashed once; taken before the interview reads the file). */
export async function stampFile(path: string): Promise<DiskStamp> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return 'missing';
    throw error;
  }
  return { size: bytes.length, content: { sha256: sha256(bytes) } };
}

/** The stamp of bytes this process has just written: nothing is read back or hashed. */
export function stampWritten(bytes: Uint8Array): DiskStamp {
  return { size: bytes.length, content: { bytes } };
}

/**
 * Compares the file on disk with the stamp: 'same', or when it changed (created, deleted, resized, or other
 * bytes) its modification time. The same bytes under a new time (a `touch`) are the same file: writing over
 * them loses nothing. Size is compared first, so most changes are seen without reading the file; a file of the
 * same size is read and compared byte for byte with what we wrote (or by sha256 with what we read). Times are
 * not trusted to say "unchanged": a same-size edit within the file system's timestamp granularity after our
 * write keeps the time, and `touch -d` or a copy that keeps times can set any time.
 */
export function compareWithDisk(
  path: string,
  last: DiskStamp,
): { same: true } | { same: false; modified: Date | undefined } {
  // Synchronous: two calls on the path of every save, each far quicker than a trip through the thread pool.
  const info = statSync(path, { throwIfNoEntry: false });
  if (info === undefined) return last === 'missing' ? { same: true } : { same: false, modified: undefined };
  if (last !== 'missing' && info.size === last.size && sameContent(readFileSync(path), last.content)) {
    return { same: true };
  }
  return { same: false, modified: info.mtime };
}

function sameContent(bytes: Buffer, content: { bytes: Uint8Array } | { sha256: string }): boolean {
  return 'bytes' in content ? bytes.equals(content.bytes) : sha256(bytes) === content.sha256;
}

function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}
