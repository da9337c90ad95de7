import { readFile } from 'node:fs/promises';
import { isAbsolute, relative, resolve } from 'node:path';
import type { Io } from '../model/io.js';
import { EXIT, InputError, UsageError } from '../errors.js';
import { currentLanguage } from '../i18n/index.js';
import { translator } from '../i18n/format.js';
import { loadChecklist, displayName } from '../open/checklists.js';
import { translationLanguages } from '../open/missing-translations.js';
import { writeFileAtomic } from '../output/write-output.js';
import { checklistEntries } from '../translate/entries.js';
import { translationFileFor } from '../translate/file-name.js';
import { quote } from '../text/shell-quote.js';
import { cliName } from '../i18n/index.js';
import { printDiagnostics } from './print-diagnostics.js';

/** Options of `opsc-audit translate`. */
export interface TranslateOptions {
  output?: string | undefined;
}

/**
 * `opsc-audit translate <checklist> --lang <tag>` (the run's language): creates the checklist's translation file for a language (every
 * entry listed, its English as comments), or, when the file exists, stamps `source` on each translated entry
 * that has none. Never changes a `source` already there (an outdated entry is confirmed by deleting it).
 */
export async function runTranslate(ref: string, options: TranslateOptions, io: Io): Promise<number> {
  const t = translator();
  const loaded = await loadChecklist(ref, io.cwd);
  if (!loaded.ok) {
    printDiagnostics(loaded.diagnostics, io);
    throw new InputError(loaded.message);
  }
  const { checklist } = loaded;
  // The language of the run (--lang, OPSC_LANG, the locale) is the language of the translation.
  const lang = currentLanguage();
  const languages = translationLanguages(checklist);
  if (lang === checklist.language) throw new UsageError(t('cli.translate.ownLanguage', { language: lang }));
  if (!languages.includes(lang))
    throw new UsageError(t('cli.translate.badLanguage', { language: lang, languages: languages.join(', ') }));
  const target =
    options.output === undefined ? translationFileFor(loaded.file, lang) : resolve(io.cwd, options.output);
  const near = relative(io.cwd, target);
  const shown = options.output ?? (near.startsWith('..') || isAbsolute(near) ? displayName(target) : near);
  const again = `${cliName()} translate ${quote(ref)} --lang ${lang}${options.output === undefined ? '' : ` -o ${quote(options.output)}`}`;
  const entries = checklistEntries(checklist);
  const text = await readFile(target, 'utf8').catch((error: unknown) => {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new InputError(t('cli.translate.unreadable', { file: shown, command: again }), { cause: error });
  });
  if (text === undefined) {
    const { translationSkeleton } = await import('../translate/skeleton.js');
    const help = t('cli.translate.fileHelp', { command: again }).split('\n');
    await writeFileAtomic(
      target,
      translationSkeleton({ checklistId: checklist.id, language: lang, help }, entries),
    );
    io.stderr.write(
      `${t('cli.translate.created', { file: shown, count: entries.length, command: again })}\n`,
    );
    return EXIT.ok;
  }
  const { stampSources } = await import('../translate/stamp.js');
  const result = stampSources(text, entries);
  if (!result.readable) {
    const check = `${cliName()} validate ${quote(shown)}`;
    throw new InputError(t('cli.translate.unreadable', { file: shown, command: check }));
  }
  if (result.stamped.length > 0) await writeFileAtomic(target, result.text);
  io.stderr.write(
    `${result.stamped.length > 0 ? t('cli.translate.stamped', { file: shown, count: result.stamped.length }) : t('cli.translate.nothing', { file: shown })}\n`,
  );
  if (result.outdated.length > 0) {
    const ids = result.outdated.join(', ');
    io.stderr.write(
      `${t('cli.translate.outdated', { count: result.outdated.length, ids, command: again })}\n`,
    );
  }
  return EXIT.ok;
}
