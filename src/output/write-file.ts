import type { Stats } from 'node:fs';
import { lstat, open, realpath, rename, stat, unlink, type FileHandle } from 'node:fs/promises';
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
    // The usual case, a regular file named directly, takes one call; a link (or no file) is followed as well.
    const named = await lstatIfExists(target);
    const direct = named !== undefined && !named.isSymbolicLink();
    const real = direct ? target : await followLinks(target);
    const info = direct ? named : await statIfExists(real);
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
async function followLinks(target: string): Promise<string> {
  try {
    return await realpath(target);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  const link = await lstat(target).catch(() => undefined);
  if (link?.isSymbolicLink()) throw new InputError(translator()('cli.write.danglingLink', { file: target }));
  return target;
}

async function statIfExists(path: string): Promise<Stats | undefined> {
  return await stat(path).catch(undefinedIfMissing);
}

async function lstatIfExists(path: string): Promise<Stats | undefined> {
  return await lstat(path).catch(undefinedIfMissing);
}

function undefinedIfMissing(error: unknown): undefined {
  if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
  throw error;
}

async function replaceFile(
  target: string,
  text: FileContent,
  existing: Stats | undefined,
  newFileMode: number,
): Promise<void> {
  const temp = tempPathFor(target);
  // Private while being written; given the replaced file's permissions just before the rename.
  const handle = await open(temp, 'wx', existing ? 0o600 : newFileMode);
  try {
    try {
      await writeAll(handle, text);
      if (existing) await keepOwnerAndMode(handle, existing);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, target);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    throw error;
  }
}

/** Gives the new file the owner (where permitted: root, or a group the user is in) and mode of the one it replaces. */
async function keepOwnerAndMode(handle: FileHandle, existing: Stats): Promise<void> {
  const mine = await handle.stat();
  const mode = existing.mode & 0o7777;
  if (mine.uid !== existing.uid || mine.gid !== existing.gid) {
    await handle.chown(existing.uid, existing.gid).catch(async (error: unknown) => {
      if ((error as NodeJS.ErrnoException).code !== 'EPERM') throw error;
      await handle.chown(-1, existing.gid).catch(() => undefined);
    });
  } else if ((mine.mode & 0o7777) === mode) return; // already the same: one call fewer at every save
  await handle.chmod(mode);
}

async function writeDirectly(target: string, text: FileContent): Promise<void> {
  const handle = await open(target, 'w');
  try {
    await writeAll(handle, text);
  } finally {
    await handle.close();
  }
}

async function writeAll(handle: FileHandle, text: FileContent): Promise<void> {
  const pieces = typeof text === 'string' || text instanceof Uint8Array ? [text] : text;
  for (const piece of pieces) {
    const bytes = typeof piece === 'string' ? Buffer.from(piece, 'utf8') : piece;
    for (let done = 0; done < bytes.length;) done += (await handle.write(bytes, done)).bytesWritten;
  }
}

/** Errors from the file system carry a code such as ENOENT; anything else (a template error) is passed on. */
function isFsError(error: unknown): error is NodeJS.ErrnoException {
  return (
    !(error instanceof InputError) && typeof (error as NodeJS.ErrnoException | undefined)?.code === 'string'
  );
}
