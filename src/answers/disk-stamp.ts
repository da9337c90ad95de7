import { createHash } from 'node:crypto';
import { closeSync, constants, fstatSync, openSync, readSync, statSync } from 'node:fs';
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

/**
 * What the file on disk should hold, checked before each save and updated after it: the baseline stamp, then
 * the bytes of each save. The bytes written are copied (into memory kept from save to save, so the caller may
 * reuse its buffer) and the file is read back into memory kept too: a new buffer of megabytes at every save
 * cost more than reading into it (fresh pages, and garbage collections forced by the external memory).
 */
export class DiskWatch {
  private stamp: DiskStamp;
  /** The memory holding a copy of the bytes last written (the stamp's bytes are the start of it). */
  private kept: Buffer | undefined;
  /** The memory the file is read into to be compared. */
  private scratch: Buffer | undefined;

  constructor(baseline: DiskStamp) {
    this.stamp = baseline;
  }

  /**
   * Compares the file on disk with the stamp: 'same', or when it changed (created, deleted, resized, or other
   * bytes) its modification time. The same bytes under a new time (a `touch`) are the same file: writing over
   * them loses nothing. Size is compared first, so most changes are seen without reading the file; a file of
   * the same size is read and compared byte for byte with what we wrote (or by sha256 with what we read).
   * Times are not trusted to say "unchanged": a same-size edit within the file system's timestamp granularity
   * after our write keeps the time, and `touch -d` or a copy that keeps times can set any time.
   */
  compare(path: string): { same: true } | { same: false; modified: Date | undefined } {
    const last = this.stamp;
    // Synchronous: a few calls on the path of every save, each far quicker than a trip through the thread pool.
    let fd: number;
    try {
      // Non-blocking: a named pipe put in the file's place must not hang the save (a regular file ignores it).
      fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') return unreadable(path, last, error);
      return last === 'missing' ? { same: true } : { same: false, modified: undefined };
    }
    try {
      const info = fstatSync(fd);
      if (last !== 'missing' && info.isFile() && info.size === last.size) {
        const bytes = this.readAll(fd, info.size);
        if (bytes !== undefined && sameContent(bytes, last.content)) return { same: true };
      }
      return { same: false, modified: info.mtime };
    } finally {
      closeSync(fd);
    }
  }

  /** Records bytes this process has just written as what the file holds: nothing is read back or hashed. */
  written(bytes: Uint8Array): void {
    if (this.kept === undefined || this.kept.length < bytes.length)
      this.kept = Buffer.allocUnsafeSlow(bytes.length + (bytes.length >> 3));
    const copy = this.kept.subarray(0, bytes.length);
    copy.set(bytes);
    this.stamp = { size: bytes.length, content: { bytes: copy } };
  }

  /** The file's `size` bytes, read into the scratch memory; undefined if it does not hold exactly that many now. */
  private readAll(fd: number, size: number): Buffer | undefined {
    // One byte more than expected, to see a file that grew since it was measured.
    if (this.scratch === undefined || this.scratch.length < size + 1)
      this.scratch = Buffer.allocUnsafeSlow(size + 1 + (size >> 3));
    let done = 0;
    for (;;) {
      const read = readSync(fd, this.scratch, done, size + 1 - done, done);
      if (read === 0) break;
      done += read;
      if (done > size) return undefined;
    }
    return done === size ? this.scratch.subarray(0, size) : undefined;
  }
}

/** A file that cannot be opened for reading: changed if its size is not ours; else its content cannot be checked. */
function unreadable(path: string, last: DiskStamp, error: unknown): { same: false; modified: Date } {
  const info = statSync(path);
  if (last !== 'missing' && info.size === last.size) throw error;
  return { same: false, modified: info.mtime };
}

function sameContent(bytes: Buffer, content: { bytes: Uint8Array } | { sha256: string }): boolean {
  return 'bytes' in content ? bytes.equals(content.bytes) : sha256(bytes) === content.sha256;
}

function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}
