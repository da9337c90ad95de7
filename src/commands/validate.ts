import { resolve } from 'node:path';
import type { Io } from '../model/io.js';
import type { Diagnostic } from '../model/diagnostic.js';
import { sortDiagnostics } from '../model/diagnostic.js';
import { indexChecklist, type ChecklistIndex } from '../model/checklist.js';
import { EXIT } from '../errors.js';
import { readCleanChecklist } from '../load/clean-cache.js';
import { loadChecklist } from '../open/checklists.js';
import { oneLine } from '../text/sanitize.js';
import { expandPatterns } from './expand-globs.js';
import { printDiagnostics } from './print-diagnostics.js';
import { pickFormat } from '../formats/output-format.js';
import { VALIDATE_FORMATS } from '../formats/validate-formats.js';
import type { ParsedYaml } from '../parse/parsed.js';
import { translator } from '../i18n/format.js';
import { checkTranslationFiles } from './validate-translations.js';
import { missingTranslationWarnings, type ChecklistsByPath } from './missing-translation-warnings.js';
import { reportValidation, type ValidateRun } from './validate-report.js';

export interface ValidateOptions {
  format: string;
  strict: boolean;
  checklist?: string;
  version: string;
}

/** `opsc-audit validate <file...>`: checks checklists and answers files; exit 0, 1 or 2. */
export async function runValidate(patterns: string[], options: ValidateOptions, io: Io): Promise<number> {
  // An unknown --format is refused before any file is read.
  pickFormat(VALIDATE_FORMATS, options.format);
  const explicit = options.checklist ? await explicitChecklist(options.checklist, io) : undefined;
  if (explicit === null) return EXIT.usage;
  const run = await checkFiles(await expandPatterns(patterns, io.cwd), explicit, io);
  return reportValidation(run, options, io);
}

/** The parsing and checking modules, loaded only for files the build-time cache does not cover. */
async function loadParsers() {
  const [load, check, answers] = await Promise.all([
    import('../load/load-file.js'),
    import('../validate/validate-document.js'),
    import('../open/read-answers.js'),
  ]);
  return { ...load, ...check, ...answers };
}

async function checkFiles(
  files: string[],
  explicit: ChecklistIndex | undefined,
  io: Io,
): Promise<ValidateRun> {
  let parsers: ReturnType<typeof loadParsers> | undefined;
  const run: ValidateRun = { checked: [], diagnostics: [], unreadable: 0 };
  const answersQueue: { file: string; parsed: ParsedYaml }[] = [];
  const translationQueue: { file: string; parsed: ParsedYaml }[] = [];
  const checklistsByPath: ChecklistsByPath = new Map();
  const checklistsById = new Map<string, ChecklistIndex>();
  const brokenIds = new Set<string>();

  for (const [i, file] of files.entries()) {
    const clean = readCleanChecklist(resolve(io.cwd, file));
    if (clean) {
      run.checked.push({ file, kind: 'checklist' });
      checklistsById.set(clean.id, indexChecklist(clean));
      checklistsByPath.set(resolve(io.cwd, file), { file, checklist: clean });
      continue;
    }
    const { loadYamlFile, documentKind, validateChecklistDocument, parseDiagnostics, unknownFormat } =
      await (parsers ??= loadParsers());
    await loadYamlFile(
      resolve(io.cwd, file),
      file,
      (loaded) => {
        if (loaded.status === 'fatal') {
          io.stderr.write(`opsc-audit: ${oneLine(loaded.message, 500)}\n`);
          run.unreadable++;
          return;
        }
        if (loaded.status === 'invalid') {
          run.checked.push({ file, kind: 'unknown' });
          append(run.diagnostics, loaded.diagnostics);
          return;
        }
        const { parsed } = loaded;
        const kind = parsed.data === undefined ? undefined : documentKind(parsed.data);
        run.checked.push({
          file,
          kind: kind === 'checklist-translation' ? 'translation' : (kind ?? 'unknown'),
        });
        if (kind === 'checklist') {
          const result = validateChecklistDocument(parsed, file, { neverTrue: true });
          append(run.diagnostics, result.diagnostics);
          if (result.value) checklistsById.set(result.value.id, indexChecklist(result.value));
          else brokenIds.add(String((parsed.data as { id?: unknown }).id));
          checklistsByPath.set(resolve(io.cwd, file), { file, checklist: result.value ?? null });
        } else if (kind === 'answers') {
          answersQueue.push({ file, parsed });
        } else if (kind === 'checklist-translation') {
          translationQueue.push({ file, parsed });
        } else {
          append(run.diagnostics, parseDiagnostics(parsed, file));
          if (parsed.data !== undefined) run.diagnostics.push(unknownFormat(parsed, file));
        }
      },
      { copyStrings: false, lastInput: i === files.length - 1 },
    );
  }

  for (const { file, parsed } of answersQueue) {
    const { checkAnswersDocument } = await (parsers ??= loadParsers());
    const id = (parsed.data as { checklist?: { id?: unknown } }).checklist?.id;
    const named = typeof id === 'string' ? id : undefined;
    const index =
      explicit ?? (named ? (checklistsById.get(named) ?? (await bundledIndex(named, io.cwd))) : undefined);
    const result = checkAnswersDocument(parsed, file, index);
    append(run.diagnostics, result.ok ? result.warnings : result.diagnostics);
    // An answers file whose checklist has errors of its own in this run is not reported a second time.
    if (!index && named && result.ok && !brokenIds.has(named))
      run.diagnostics.push(notFound(file, parsed.locate(['checklist', 'id']), named));
  }
  append(run.diagnostics, await checkTranslationFiles(translationQueue, checklistsByPath, io.cwd));
  append(run.diagnostics, await missingTranslationWarnings(checklistsByPath));
  return run;
}

/** The checklist given with --checklist, or null (after saying why) when it cannot be used. */
async function explicitChecklist(ref: string, io: Io): Promise<ChecklistIndex | null> {
  const result = await loadChecklist(ref, io.cwd);
  if (result.ok) return result.index;
  printDiagnostics(sortDiagnostics(result.diagnostics), io);
  io.stderr.write(`opsc-audit: --checklist ${oneLine(result.message, 500)}\n`);
  return null;
}

async function bundledIndex(id: string, cwd: string): Promise<ChecklistIndex | undefined> {
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(id)) return undefined;
  const result = await loadChecklist(id, cwd);
  return result.ok ? result.index : undefined;
}

/** Appends in a loop: spreading 200,000 diagnostics into push() overflows the stack. */
function append<T>(target: T[], items: readonly T[]): void {
  for (const item of items) target.push(item);
}

function notFound(file: string, pos: { line: number; col: number }, id: string): Diagnostic {
  return {
    code: 'checklist-not-found',
    severity: 'error',
    message: translator()('cli.validate.checklistNotFound', { id }),
    file,
    line: pos.line,
    col: pos.col,
  };
}
