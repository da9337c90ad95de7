import type { Checklist, ChecklistTranslation } from '../model/checklist.js';
import { translationFileFor } from '../translate/file-name.js';
import { fileExists } from '../load/file-exists.js';

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
