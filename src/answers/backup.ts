import { constants, copyFile } from 'node:fs/promises';
import { fileExists } from '../load/file-exists.js';
import { InputError } from '../errors.js';
import { describeFsError } from '../load/read-text.js';

/**
 * The n-th backup name of an answers file: `<file>.bak`, then `<file>.bak.2`, `<file>.bak.3`, ... so a
 * later backup never replaces an earlier one (each may hold answers the others lost).
 */
function backupName(file: string, n: number): string {
  return n === 1 ? `${file}.bak` : `${file}.bak.${n}`;
}

/** The first backup name not yet taken, for telling the respondent where the copy will go. */
export async function nextBackupNumber(path: string): Promise<number> {
  for (let n = 1; ; n++) if (!(await fileExists(backupName(path, n)))) return n;
}

/** The display name of backup number n. */
export function backupDisplay(display: string, n: number): string {
  return backupName(display, n);
}

/** Copies the answers file to its first free backup name from number `from` on; returns the number used. */
export async function keepBackup(path: string, display: string, from: number): Promise<number> {
  for (let n = from; ; n++) {
    try {
      await copyFile(path, backupName(path, n), constants.COPYFILE_EXCL);
      return n;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST') continue;
      throw new InputError(describeFsError(backupName(display, n), error, 'write'), { cause: error });
    }
  }
}
