import { access, constants, stat } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import type { MessageKey } from '../i18n/en.js';
import { translator } from '../i18n/format.js';

/** Why a file cannot be written where it is named, and the folder (as the user would write it) to blame. */
export interface TargetProblem {
  problem: 'no-folder' | 'not-folder' | 'no-permission';
  folder: string;
}

/**
 * Checks, before anything is written, that the folder of `display` (a path as the user typed it, relative to
 * `cwd`) exists, is a folder and may be written in (a file is written beside its target, then renamed); returns
 * what is wrong, naming the folder the way the user named it. A folder several levels missing is named whole
 * (`a/b` for `a/b/x.yaml`); a file standing where a folder is needed is named itself.
 */
export async function findTargetProblem(display: string, cwd: string): Promise<TargetProblem | undefined> {
  const folder = dirname(display);
  const info = await stat(resolve(cwd, folder)).catch((error: unknown) => error as NodeJS.ErrnoException);
  if (info instanceof Error) {
    if (info.code === 'EACCES') return { problem: 'no-permission', folder };
    const file = await fileInTheWay(folder, cwd);
    return file === undefined ? { problem: 'no-folder', folder } : { problem: 'not-folder', folder: file };
  }
  if (!info.isDirectory()) return { problem: 'not-folder', folder };
  // A device or a pipe (-o /dev/null) is written directly, with no temporary file beside it: the folder may be closed.
  const target = await stat(resolve(cwd, display)).catch(() => undefined);
  if (target !== undefined && !target.isFile()) return undefined;
  const writable = await access(resolve(cwd, folder), constants.W_OK | constants.X_OK).then(
    () => true,
    () => false,
  );
  return writable ? undefined : { problem: 'no-permission', folder };
}

/** The nearest ancestor of `folder` that exists, when it is not a folder. */
async function fileInTheWay(folder: string, cwd: string): Promise<string | undefined> {
  for (let at = dirname(folder); ; at = dirname(at)) {
    const info = await stat(resolve(cwd, at)).catch(() => undefined);
    if (info) return info.isDirectory() ? undefined : at;
    if (dirname(at) === at) return undefined;
  }
}

const MESSAGES: Record<'save' | 'write', Record<TargetProblem['problem'], MessageKey>> = {
  save: {
    'no-folder': 'cli.assess.cannotSave.noFolder',
    'not-folder': 'cli.assess.cannotSave.notFolder',
    'no-permission': 'cli.assess.cannotSave.noPermission',
  },
  write: {
    'no-folder': 'cli.write.target.noFolder',
    'not-folder': 'cli.write.target.notFolder',
    'no-permission': 'cli.write.target.noPermission',
  },
};

/** The one line saying why `file` cannot be saved (answers) or written (any other -o). */
export function targetProblemMessage(purpose: 'save' | 'write', file: string, found: TargetProblem): string {
  return translator()(MESSAGES[purpose][found.problem], { file, folder: found.folder });
}
