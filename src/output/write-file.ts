import {
  closeSync,
  fchmodSync,
  fchownSync,
  fstatSync,
  fsync,
  lstatSync,
  openSync,
  realpathSync,
  renameSync,
  statSync,
  unlinkSync,
  write,
  type Stats,
} from 'node:fs';
import { open } from 'node:fs/promises';
import { promisify } from 'node:util';
import { InputError } from '../errors.js';
import { removeStaleTemps, tempPathFor } from './temp-files.js';
import { describeWriteError } from './write-error.js';
import { translator } from '../i18n/format.js';

/** How to write a file. */
export interface WriteFileOptions {
  /** Permissions of a file that does not exist yet (before the umask); default 0o666. Answers files use 0o600. */
  newFileMode?: number;
  /**
   * Whether to look for (and remove) the temporary files a killed save left beside the target: default true. A
   * process saving the same file again and again (the interview) looks once, not at every save.
   */
  removeStaleTemps?: boolean;
}

/** What a file is written from: text, pieces of text written as they come, or bytes (written unchanged). */
export type FileContent = string | Iterable<string> | Uint8Array;

/**
 * Writes text, pieces written as they come, or bytes to a file. A regular file (or a new one) is replaced atomically
 * (a temporary file beside it, flushed, then renamed over it) keeping its permissions and, where allowed, its
 * owner; if writing fails, the file is left as it was. A symbolic link is followed: its target is replaced, the
 * link stays. A device or a named pipe (/dev/null, a FIFO) is written directly.
 */
export async function writeFileAtomic(
  target: string,
  text: FileContent,
  options: WriteFileOptions = {},
): Promise<void> {
  try {
    // The quick calls on names and metadata are synchronous, each far quicker than a trip through the thread
    // pool (a save makes seven of them); only writing the bytes and flushing them to disk wait on it. The usual
    // case, a regular file named directly, takes one call; a link (or no file) is followed as well.
    const named = lstatSync(target, { throwIfNoEntry: false });
    const direct = named !== undefined && !named.isSymbolicLink();
    const real = direct ? target : followLinks(target);
    const info = direct ? named : statSync(real, { throwIfNoEntry: false });
    if (info?.isDirectory()) throw new InputError(translator()('cli.fs.directory', { file: target }));
    if (info && !info.isFile()) {
      await writeDirectly(real, text);
      return;
    }
    if (options.removeStaleTemps ?? true) await removeStaleTemps(real);
    await replaceFile(real, text, info, options.newFileMode ?? 0o666);
  } catch (error) {
    if (!isFsError(error)) throw error;
    throw new InputError(describeWriteError(target, error), { cause: error });
  }
}

/** The file a path names once its symbolic links are followed; the path itself if it does not exist. */
function followLinks(target: string): string {
  try {
    return realpathSync(target);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  const link = lstatSync(target, { throwIfNoEntry: false });
  if (link?.isSymbolicLink()) throw new InputError(translator()('cli.write.danglingLink', { file: target }));
  return target;
}

async function replaceFile(
  target: string,
  text: FileContent,
  existing: Stats | undefined,
  newFileMode: number,
): Promise<void> {
  const temp = tempPathFor(target);
  // Private while being written; given the replaced file's permissions just before the rename.
  const fd = openSync(temp, 'wx', existing ? 0o600 : newFileMode);
  try {
    try {
      await writeAll(async (bytes, offset) => (await writeFd(fd, bytes, offset)).bytesWritten, text);
      if (existing) keepOwnerAndMode(fd, existing);
      await flush(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temp, target);
  } catch (error) {
    try {
      unlinkSync(temp);
    } catch {
      // already gone, or never made
    }
    throw error;
  }
}

const writeFd = promisify(write);
const flush = promisify(fsync);

/** Gives the new file the owner (where permitted: root, or a group the user is in) and mode of the one it replaces. */
function keepOwnerAndMode(fd: number, existing: Stats): void {
  const mine = fstatSync(fd);
  const mode = existing.mode & 0o7777;
  if (mine.uid !== existing.uid || mine.gid !== existing.gid) {
    try {
      fchownSync(fd, existing.uid, existing.gid);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EPERM') throw error;
      try {
        fchownSync(fd, -1, existing.gid);
      } catch {
        // not a group the user is in: the file keeps the user's group
      }
    }
  } else if ((mine.mode & 0o7777) === mode) return; // already the same: one call fewer at every save
  fchmodSync(fd, mode);
}

async function writeDirectly(target: string, text: FileContent): Promise<void> {
  const handle = await open(target, 'w');
  try {
    await writeAll(async (bytes, offset) => (await handle.write(bytes, offset)).bytesWritten, text);
  } finally {
    await handle.close();
  }
}

/** Writes the text or bytes in turn with `put`, which writes a buffer from an offset and says how many bytes it wrote. */
async function writeAll(
  put: (bytes: Uint8Array, offset: number) => Promise<number>,
  text: FileContent,
): Promise<void> {
  const pieces = typeof text === 'string' || text instanceof Uint8Array ? [text] : text;
  for (const piece of pieces) {
    const bytes = typeof piece === 'string' ? Buffer.from(piece, 'utf8') : piece;
    for (let done = 0; done < bytes.length;) done += await put(bytes.subarray(done), 0);
  }
}

/** Errors from the file system carry a code such as ENOENT; anything else (a template error) is passed on. */
function isFsError(error: unknown): error is NodeJS.ErrnoException {
  return (
    !(error instanceof InputError) && typeof (error as NodeJS.ErrnoException | undefined)?.code === 'string'
  );
}
