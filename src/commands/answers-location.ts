import { join, resolve } from 'node:path';
import { isInside } from './cli-name.js';

/** The environment variable naming more folders to look in for answers files (a PATH-like list). */
export const ANSWERS_DIRS_VARIABLE = 'OPSC_AUDIT_ANSWERS_DIRS';

/** The folder proposed in the home folder when the current one is the tool's own. */
export const HOME_ANSWERS_FOLDER = 'opsc-audit-answers';

/** Where the user is and where the tool is. */
export interface Whereabouts {
  /** The user's folder as given. */
  cwd: string;
  /** The same, its links followed. */
  realCwd: string;
  /** The tool's own folder (the package root), its links followed. */
  packageRoot: string;
  home: string;
}

/** Where new answers files go by default, and whether the current folder was passed over as the tool's own. */
export interface AnswersFolder {
  folder: string;
  ownTree: boolean;
}

/**
 * New answers files go in the user's folder, unless it is inside the tool's own folder (its source tree or its
 * installation: updating or reinstalling the tool would put the answers at risk, and they would be mixed with its
 * files); then in `opsc-audit-answers` in the home folder.
 */
export function chooseAnswersFolder(where: Whereabouts): AnswersFolder {
  if (!isInside(where.realCwd, where.packageRoot)) return { folder: where.cwd, ownTree: false };
  return { folder: join(where.home, HOME_ANSWERS_FOLDER), ownTree: true };
}

/**
 * The folders to look in for answers files, each once, absolute: the default one, the current one, then those
 * the variable lists (separated by `delimiter`; relative ones are taken from the current folder).
 */
export function searchFolders(
  answersFolder: string,
  cwd: string,
  variable: string | undefined,
  delimiter: string,
): string[] {
  const configured = (variable ?? '').split(delimiter).filter((dir) => dir.trim() !== '');
  return [...new Set([answersFolder, cwd, ...configured].map((dir) => resolve(cwd, dir)))];
}

/** `answers-<checklist>-<date>.yaml`, or with `-2`, `-3`, ... when that name is taken. */
export function freeAnswersName(checklistId: string, date: string, taken: ReadonlySet<string>): string {
  const stem = `answers-${checklistId}-${date}`;
  for (let n = 1; ; n++) {
    const name = `${stem}${n === 1 ? '' : `-${n}`}.yaml`;
    if (!taken.has(name)) return name;
  }
}
