import { resolve } from 'node:path';
import type { Io } from '../model/io.js';
import { cleanChecklistFacts, type CleanFacts } from '../load/clean-cache.js';
import { VERSION } from '../version.js';
import { terminalIo } from '../terminal/terminal-output.js';
import { expandPatterns } from './expand-globs.js';
import { chooseRunLanguage, useRunLanguage } from './run-language.js';
import { missingTranslationWarnings } from './missing-translation-warnings.js';
import { reportValidation, type ValidateRun } from './validate-report.js';

/**
 * `validate` answered at start-up, before the command-line parser and the validator load (src/cli.ts), when every
 * file it names is a checklist the build found clean, byte for byte (load/clean-cache.ts), and no option but
 * `--lang` is given: nothing is left to parse or check, and the run writes what the full command writes for such
 * files (the warnings of missing translations, the summary) through the same functions. Returns the exit code,
 * or undefined, having written nothing, when the run needs the full command: any other option, a file the cache
 * does not hold (an answers file, a translation, an edited or unreadable checklist), a glob that fails, a language
 * the tool does not speak.
 */
export async function validateCleanChecklists(
  argv: readonly string[],
  streams: Io,
): Promise<number | undefined> {
  const plain = plainValidate(argv, streams);
  if (!plain) return undefined;
  let files: string[];
  try {
    files = await expandPatterns(plain.patterns, streams.cwd);
  } catch {
    return undefined;
  }
  const run: ValidateRun = { checked: [], diagnostics: [], unreadable: 0 };
  const checklists = new Map<string, { file: string; checklist: CleanFacts }>();
  for (const file of files) {
    const path = resolve(streams.cwd, file);
    const clean = cleanChecklistFacts(path);
    if (!clean) return undefined;
    // As validate.ts records a file the cache holds.
    run.checked.push({ file, kind: 'checklist' });
    checklists.set(path, { file, checklist: clean });
  }
  try {
    await useRunLanguage(plain.lang, streams);
    run.diagnostics.push(...(await missingTranslationWarnings(checklists)));
  } catch {
    // Nothing is written yet: the full command meets the same trouble and says what it is.
    return undefined;
  }
  return reportValidation(run, { format: 'text', strict: false, version: VERSION }, terminalIo(streams));
}

/**
 * `validate <file...>` (with `--lang` at most) run at start-up, before the command-line parser loads (src/cli.ts):
 * answered by validateCleanChecklists when every file is clean, else checked by validate-plain.ts, without the
 * parser and the other commands. Undefined, having written nothing, for any other arguments or a language the
 * tool does not speak: the full command line runs and says what is wrong.
 */
export async function validateAtStart(argv: readonly string[], streams: Io): Promise<number | undefined> {
  const clean = await validateCleanChecklists(argv, streams);
  if (clean !== undefined) return clean;
  const plain = plainValidate(argv, streams);
  return plain && (await import('./validate-plain.js')).validatePlain(plain.patterns, plain.lang, streams);
}

/** The files and language of a plain `validate` run, or undefined. */
function plainValidate(
  argv: readonly string[],
  streams: Io,
): { patterns: string[]; lang: string } | undefined {
  const patterns = plainValidateFiles(argv);
  if (patterns === undefined) return undefined;
  const choice = chooseRunLanguage(argv, streams.env);
  return choice.ok ? { patterns, lang: choice.lang } : undefined;
}

/**
 * The files of `validate <file...>` when that and `--lang <tag>` (or `--lang=<tag>`, once, anywhere) are all the
 * arguments; undefined for anything else (another command or option, `--`, no file).
 */
export function plainValidateFiles(argv: readonly string[]): string[] | undefined {
  const rest: string[] = [];
  let lang = 0;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--lang') {
      lang++;
      i++;
      if (i >= argv.length) return undefined;
    } else if (arg.startsWith('--lang=')) lang++;
    else if (arg.startsWith('-')) return undefined;
    else rest.push(arg);
  }
  if (lang > 1 || rest[0] !== 'validate' || rest.length < 2) return undefined;
  return rest.slice(1);
}
