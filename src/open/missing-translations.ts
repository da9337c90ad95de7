import { dirname, resolve } from 'node:path';
import type { Checklist } from '../model/checklist.js';
import { languages } from '../i18n/index.js';
import { checklistsDir } from '../load/paths.js';
import { translationFileFor } from '../translate/file-name.js';
import { fileExists } from '../load/file-exists.js';

/** The languages a checklist can be translated into: the tool's, but the checklist's own. */
export function translationLanguages(checklist: Pick<Checklist, 'language'>): string[] {
  return languages().filter((l) => l !== checklist.language);
}

/**
 * The tool's languages a checklist has no translation file for, when it should: a bundled checklist, or one that
 * has a translation beside it already (someone translates it). Other checklists of users are not asked for
 * translations: `validate --strict` of their own files stays as it was.
 */
export async function missingTranslations(
  checklistFile: string,
  checklist: Pick<Checklist, 'language'>,
): Promise<string[]> {
  const wanted = translationLanguages(checklist);
  const present = await Promise.all(wanted.map((l) => fileExists(translationFileFor(checklistFile, l))));
  const missing = wanted.filter((_l, i) => present[i] !== true);
  const translated = missing.length < wanted.length;
  const bundled = resolve(dirname(checklistFile)) === resolve(checklistsDir);
  return translated || bundled ? missing : [];
}
