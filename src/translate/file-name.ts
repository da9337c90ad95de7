/** `x.fr.yaml`: a translation file's name is its checklist's with the language tag before `.yaml`. */
const TRANSLATION_NAME = /^(.*[\\/])?([^\\/.]+)\.([a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*)\.ya?ml$/;

/** The translation file of a checklist file in a language: `checklists/x.yaml` -> `checklists/x.fr.yaml`. */
export function translationFileFor(checklistFile: string, lang: string): string {
  return checklistFile.replace(/\.ya?ml$/i, '') + `.${lang}.yaml`;
}

/** The checklist file a translation file's name points to (`x.fr.yaml` -> `x.yaml`), or undefined. */
export function checklistFileOf(translationFile: string): { file: string; lang: string } | undefined {
  const match = TRANSLATION_NAME.exec(translationFile);
  if (!match) return undefined;
  return { file: `${match[1] ?? ''}${match[2] ?? ''}.yaml`, lang: match[3] ?? '' };
}

/** Whether a file name is a translation file's (so never a checklist: list, the picker, the clean cache). */
export function isTranslationFileName(name: string): boolean {
  return TRANSLATION_NAME.test(name);
}

/** The `format` of a translation file. */
export const TRANSLATION_FORMAT = 'opsc-audit/checklist-translation@1';
