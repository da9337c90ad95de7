import { mkdir, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { InputError, UsageError } from '../errors.js';
import { translator } from '../i18n/format.js';

/** Whether `-o` names a folder: it ends with a path separator, or a folder of that name exists. */
export async function namesFolder(output: string, cwd: string): Promise<boolean> {
  if (/[\\/]$/.test(output)) return true;
  const info = await stat(resolve(cwd, output)).catch(() => undefined);
  return info?.isDirectory() === true;
}

/**
 * Makes `folder` (as the user typed it, relative to `cwd`) ready to write one file per input into: created with
 * its parents when missing, as build tools create their output folder. A file standing there is a usage error;
 * a folder that cannot be created, one line saying why (exit 2).
 */
export async function prepareOutputFolder(folder: string, cwd: string): Promise<void> {
  const t = translator();
  const absolute = resolve(cwd, folder);
  const info = await stat(absolute).catch(() => undefined);
  if (info?.isDirectory()) return;
  if (info) throw new UsageError(t('cli.many.notFolder', { folder }));
  try {
    await mkdir(absolute, { recursive: true });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'EIO';
    const key = code === 'ENOTDIR' || code === 'EEXIST' ? 'cli.many.notFolder' : 'cli.many.cannotCreate';
    throw new InputError(t(key, { folder, code }));
  }
}
