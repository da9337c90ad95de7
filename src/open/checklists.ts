import { readdir } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import type { Diagnostic } from '../model/diagnostic.js';
import { indexChecklist, type Checklist, type ChecklistIndex } from '../model/checklist.js';
import type { LoadedFile } from '../load/load-file.js';
import { checklistsDir } from '../load/paths.js';
import { readCleanChecklist } from '../load/clean-cache.js';
import { translator } from '../i18n/format.js';
import { quote } from '../text/shell-quote.js';
import { isTranslationFileName, TRANSLATION_FORMAT } from '../translate/file-name.js';

/** The checklist `assess` uses when none is named. */
export const DEFAULT_CHECKLIST = 'sr-practical-approach-2022';

/** Paths of the bundled checklist files, sorted by name (their translations, `x.fr.yaml`, left out). */
export async function bundledChecklistFiles(): Promise<string[]> {
  const names = await readdir(checklistsDir);
  return names
    .filter((n) => n.endsWith('.yaml') && !isTranslationFileName(n))
    .sort()
    .map((n) => join(checklistsDir, n));
}

/** The file a checklist reference names: a bundled id, or a path. */
export function checklistFileFor(ref: string, cwd: string): string {
  if (/^[a-z0-9]+(-[a-z0-9]+)*$/.test(ref)) return join(checklistsDir, `${ref}.yaml`);
  return resolve(cwd, ref);
}

/** A loaded checklist, or why it could not be used. */
export type ChecklistResult =
  | { ok: true; file: string; checklist: Checklist; index: ChecklistIndex; diagnostics: Diagnostic[] }
  | { ok: false; file: string; message: string; diagnostics: Diagnostic[] };

/** Loads and validates a checklist by bundled id or path. */
export async function loadChecklist(ref: string, cwd: string): Promise<ChecklistResult> {
  const file = checklistFileFor(ref, cwd);
  const clean = readCleanChecklist(file);
  if (clean) return { ok: true, file, checklist: clean, index: indexChecklist(clean), diagnostics: [] };
  const { loadYamlFile } = await import('../load/load-file.js');
  // A file that cannot be read at all gives its message (a string) instead of a result.
  const load = (path: string): Promise<ChecklistResult | string> =>
    loadYamlFile<ChecklistResult | string>(path, path, (loaded) =>
      loaded.status === 'fatal' ? loaded.message : finish(path, loaded),
    );
  const result = await load(file);
  if (typeof result !== 'string') return result;
  const bundled = /^[a-z0-9]+(-[a-z0-9]+)*$/.test(ref);
  if (!bundled) return { ok: false, file, message: result, diagnostics: [] };
  const asPath = await load(resolve(cwd, ref));
  if (typeof asPath !== 'string') return asPath;
  const message = translator()('cli.load.noBundledChecklist', { ref });
  return { ok: false, file, message, diagnostics: [] };
}

async function finish(
  file: string,
  loaded: Exclude<LoadedFile, { status: 'fatal' }>,
): Promise<ChecklistResult> {
  if (loaded.status === 'invalid') {
    const message = translator()('cli.load.unusableChecklist', { file });
    return { ok: false, file, message, diagnostics: loaded.diagnostics };
  }
  const data = loaded.parsed.data as { format?: unknown; checklist?: unknown } | undefined;
  if (data?.format === TRANSLATION_FORMAT) {
    const message = translator()('cli.load.translationNotChecklist', {
      file,
      checklist: String(data.checklist),
    });
    return { ok: false, file, message, diagnostics: [] };
  }
  const { validateChecklistDocument } = await import('../validate/validate-document.js');
  const result = validateChecklistDocument(loaded.parsed, file);
  if (!result.value) {
    return {
      ok: false,
      file,
      message: translator()('cli.load.checklistErrors', { file, quoted: quote(file) }),
      diagnostics: result.diagnostics,
    };
  }
  return {
    ok: true,
    file,
    checklist: result.value,
    index: indexChecklist(result.value),
    diagnostics: result.diagnostics,
  };
}

/** A short name for a bundled file, for messages. */
export function displayName(file: string): string {
  return file.startsWith(checklistsDir) ? `checklists/${basename(file)}` : file;
}
