import type { Diagnostic } from '../model/diagnostic.js';
import type { Checklist } from '../model/checklist.js';
import { translator } from '../i18n/format.js';
import { missingTranslations } from '../open/missing-translations.js';

/** A checklist checked in this run, by absolute path: the checklist, or null when it has errors. */
export type ChecklistsByPath = Map<string, { file: string; checklist: Checklist | null }>;

/**
 * One warning per checklist of this run that should have translations and lacks some
 * (open/missing-translations.ts); of each checklist, only its language is needed.
 */
export async function missingTranslationWarnings(
  checked: ReadonlyMap<string, { file: string; checklist: Pick<Checklist, 'language'> | null }>,
): Promise<Diagnostic[]> {
  const out: Diagnostic[] = [];
  for (const [path, { file, checklist }] of checked) {
    if (!checklist) continue;
    const missing = await missingTranslations(path, checklist);
    if (missing.length === 0) continue;
    const message = translator()('validate.translation-file-missing', { languages: missing.join(', ') });
    out.push({ code: 'translation-file-missing', severity: 'warning', message, file, line: 1, col: 1 });
  }
  return out;
}
