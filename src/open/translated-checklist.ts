import { indexChecklist } from '../model/checklist.js';
import { languageName, translator } from '../i18n/format.js';
import { quote } from '../text/shell-quote.js';
import { applyTranslation } from '../translate/apply-translation.js';
import { loadChecklist, type ChecklistResult } from './checklists.js';
import { readTranslationFile } from './translations.js';

/**
 * The one place a checklist gets the text of a language: its result with the translation file beside it applied
 * (`x.yaml` -> `x.<lang>.yaml`), for every command that shows checklist text (show, export, import, report,
 * compare, score, merge, the interview). In the checklist's own language it is unchanged. With no translation
 * file, or one that cannot be used, `note` is told once why the checklist's own text is shown. Digests never
 * change: the translated copy has the digests of the checklist (model/translation-origin.ts).
 */
export async function translateChecklistResult(
  result: ChecklistResult,
  lang: string,
  note: (message: string) => void,
): Promise<ChecklistResult> {
  if (!result.ok || lang === result.checklist.language) return result;
  const { checklist, file } = result;
  const read = await readTranslationFile(file, checklist, lang);
  const t = translator();
  const params = {
    language: languageName(lang),
    checklist: checklist.id,
    own: languageName(checklist.language),
  };
  if (read.status === 'none') {
    note(t('cli.translate.none', params));
    return result;
  }
  if (read.status === 'unusable') {
    note(t('cli.translate.unusable', { ...params, file: read.file, quoted: quote(read.file) }));
    return result;
  }
  const translated = applyTranslation(checklist, read.translation);
  return { ...result, checklist: translated, index: indexChecklist(translated) };
}

/** loadChecklist, then translateChecklistResult: the loader commands that show checklist text use. */
export function translatingLoader(
  lang: string,
  note: (message: string) => void,
): (ref: string, cwd: string) => Promise<ChecklistResult> {
  return async (ref, cwd) => translateChecklistResult(await loadChecklist(ref, cwd), lang, note);
}
