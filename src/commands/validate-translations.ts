import { resolve } from 'node:path';
import type { Diagnostic } from '../model/diagnostic.js';
import type { Checklist } from '../model/checklist.js';
import type { ParsedYaml } from '../parse/parsed.js';
import { languages as toolLanguages } from '../i18n/index.js';
import { translator } from '../i18n/format.js';
import { displayName, loadChecklist } from '../open/checklists.js';
import type { ChecklistsByPath } from './missing-translation-warnings.js';
import { fileExists } from '../load/file-exists.js';
import { checklistFileOf } from '../translate/file-name.js';

/**
 * Diagnostics of translation files: each against its checklist, found beside it (`x.fr.yaml` -> `x.yaml`: the
 * one checked in this run, else read now), else among the bundled checklists by its `checklist:` id. A checklist
 * with errors is never reported again through its translations: the translation says only that it cannot be
 * checked, and not even that when the checklist is in this run (its own diagnostics are there).
 */
export async function checkTranslationFiles(
  queue: readonly { file: string; parsed: ParsedYaml }[],
  checked: ChecklistsByPath,
  cwd: string,
): Promise<Diagnostic[]> {
  if (queue.length === 0) return [];
  const { validateTranslationDocument } = await import('../validate/validate-document.js');
  const languages = toolLanguages();
  const t = translator();
  const out: Diagnostic[] = [];
  for (const { file, parsed } of queue) {
    const id = (parsed.data as { checklist?: unknown }).checklist;
    const found = await findChecklist(file, typeof id === 'string' ? id : '', checked, cwd);
    const error = (key: 'translation' | 'broken' | 'mismatch', params: Record<string, string>): void => {
      const { line, col } = parsed.locate(['checklist']);
      const code = key === 'mismatch' ? 'checklist-mismatch' : 'checklist-not-found';
      const message =
        key === 'mismatch'
          ? t('validate.checklist-mismatch.translation', params)
          : key === 'broken'
            ? t('validate.checklist-not-found.broken', params)
            : t('validate.checklist-not-found.translation', params);
      out.push({ code, severity: 'error', message, file, line, col });
    };
    const shown = found.file ?? '';
    if (found.kind === 'broken' && !found.inRun) error('broken', { file: shown });
    if (found.kind === 'none')
      error('translation', { id: String(id), file: checklistFileOf(file)?.file ?? file });
    const usable = found.kind === 'ok' ? found.checklist : undefined;
    if (usable && typeof id === 'string' && usable.id !== id) {
      error('mismatch', { translation: id, file: shown, checklist: usable.id });
      out.push(...validateTranslationDocument(parsed, file, undefined, languages).diagnostics);
      continue;
    }
    out.push(...validateTranslationDocument(parsed, file, usable, languages).diagnostics);
  }
  return out;
}

type Found =
  | { kind: 'ok'; file: string; checklist: Checklist }
  | { kind: 'broken'; file: string; inRun: boolean }
  | { kind: 'none'; file?: undefined };

/** The checklist of a translation file (`file` as the user named it). */
async function findChecklist(
  file: string,
  id: string,
  checked: ChecklistsByPath,
  cwd: string,
): Promise<Found> {
  const shown = checklistFileOf(file)?.file ?? file;
  const beside = checklistFileOf(resolve(cwd, file))?.file;
  if (beside !== undefined) {
    const inRun = checked.get(beside);
    if (inRun) {
      return inRun.checklist
        ? { kind: 'ok', file: inRun.file, checklist: inRun.checklist }
        : { kind: 'broken', file: inRun.file, inRun: true };
    }
    if (await fileExists(beside)) {
      const loaded = await loadChecklist(beside, cwd);
      return loaded.ok
        ? { kind: 'ok', file: shown, checklist: loaded.checklist }
        : { kind: 'broken', file: shown, inRun: false };
    }
  }
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(id)) return { kind: 'none' };
  const bundled = await loadChecklist(id, cwd);
  return bundled.ok
    ? { kind: 'ok', file: displayName(bundled.file), checklist: bundled.checklist }
    : { kind: 'none' };
}
