import { dirname, resolve } from 'node:path';
import type { Checklist, ChecklistTranslation } from '../model/checklist.js';
import { languages } from '../i18n/index.js';
import { checklistsDir } from '../load/paths.js';
import { translationFileFor } from '../translate/file-name.js';
import { fileExists } from '../load/file-exists.js';

/** The languages a checklist can be translated into: the tool's, but the checklist's own. */
export function translationLanguages(checklist: Checklist): string[] {
  return languages().filter((l) => l !== checklist.language);
}

/**
 * The tool's languages a checklist has no translation file for, when it should: a bundled checklist, or one that
 * has a translation beside it already (someone translates it). Other checklists of users are not asked for
 * translations: `validate --strict` of their own files stays as it was.
 */
export async function missingTranslations(checklistFile: string, checklist: Checklist): Promise<string[]> {
  const wanted = translationLanguages(checklist);
  const present = await Promise.all(wanted.map((l) => fileExists(translationFileFor(checklistFile, l))));
  const missing = wanted.filter((_l, i) => present[i] !== true);
  const translated = missing.length < wanted.length;
  const bundled = resolve(dirname(checklistFile)) === resolve(checklistsDir);
  return translated || bundled ? missing : [];
}

/** A translation file read for a command: its data, or why it cannot be used (a message for stderr). */
export type TranslationFileResult =
  | { status: 'none' }
  | { status: 'ok'; file: string; translation: ChecklistTranslation }
  | { status: 'unusable'; file: string };

/**
 * The translation of a checklist into a language, from the file beside it (`x.yaml` -> `x.fr.yaml`). A file that
 * cannot be read or fails the schema is unusable (the command shows the English and says so); problems of single
 * entries (unknown ids, missing or outdated entries) do not stop it: `validate` reports those.
 */
export async function readTranslationFile(
  checklistFile: string,
  checklist: Checklist,
  lang: string,
): Promise<TranslationFileResult> {
  const file = translationFileFor(checklistFile, lang);
  if (!(await fileExists(file))) return { status: 'none' };
  const [{ loadYamlFile }, { validateTranslationDocument }] = await Promise.all([
    import('../load/load-file.js'),
    import('../validate/validate-document.js'),
  ]);
  return loadYamlFile<TranslationFileResult>(file, file, (loaded) => {
    if (loaded.status !== 'parsed') return { status: 'unusable', file };
    const result = validateTranslationDocument(loaded.parsed, file, undefined, []);
    const value = result.value;
    const usable = value !== undefined && value.checklist === checklist.id && value.language === lang;
    return usable ? { status: 'ok', file, translation: value } : { status: 'unusable', file };
  });
}
