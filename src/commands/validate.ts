import { isDynamicPattern, glob } from 'tinyglobby';
import type { Io } from '../model/io.js';
import type { Diagnostic } from '../model/diagnostic.js';
import { sortDiagnostics } from '../model/diagnostic.js';
import { indexChecklist, type ChecklistIndex } from '../model/checklist.js';
import { EXIT, UsageError } from '../errors.js';
import { loadYamlFile } from '../load/load-file.js';
import { loadChecklist } from '../load/checklists.js';
import { oneLine } from '../text/sanitize.js';
import type { CheckedFile } from '../diagnostics/summary.js';
import { DIAGNOSTIC_FORMATS } from '../diagnostics/formats.js';
import {
  documentKind,
  parseDiagnostics,
  unknownFormat,
  validateAnswersDocument,
  validateChecklistDocument,
} from '../validate/validate-document.js';
import type { ParsedYaml } from '../load/parse-yaml.js';
import { locate } from '../load/locate.js';

export interface ValidateOptions {
  format: string;
  strict: boolean;
  checklist?: string;
  version: string;
}

/** `opsc-audit validate <file...>`: checks checklists and answers files; exit 0, 1 or 2. */
export async function runValidate(patterns: string[], options: ValidateOptions, io: Io): Promise<number> {
  const formatter = DIAGNOSTIC_FORMATS[options.format];
  if (!formatter)
    throw new UsageError(
      `unknown format "${options.format}" (use ${Object.keys(DIAGNOSTIC_FORMATS).join(', ')})`,
    );
  const files = await expand(patterns, io.cwd);
  let fatal = false;
  const diagnostics: Diagnostic[] = [];
  const checked: CheckedFile[] = [];
  const answersQueue: { file: string; parsed: ParsedYaml }[] = [];
  const checklistsById = new Map<string, ChecklistIndex>();

  for (const file of files) {
    const loaded = await loadYamlFile(file);
    if (loaded.status === 'fatal') {
      io.stderr.write(`opsc-audit: ${oneLine(loaded.message, 500)}\n`);
      fatal = true;
      continue;
    }
    if (loaded.status === 'invalid') {
      checked.push({ file, kind: 'unknown' });
      diagnostics.push(...loaded.diagnostics);
      continue;
    }
    const { parsed } = loaded;
    const kind = parsed.data === undefined ? undefined : documentKind(parsed.data);
    if (kind === 'checklist') {
      const result = validateChecklistDocument(parsed, file);
      diagnostics.push(...result.diagnostics);
      if (result.value) checklistsById.set(result.value.id, indexChecklist(result.value));
      checked.push({ file, kind });
    } else if (kind === 'answers') {
      answersQueue.push({ file, parsed });
      checked.push({ file, kind });
    } else {
      checked.push({ file, kind: 'unknown' });
      const parseProblems = parseDiagnostics(parsed, file);
      diagnostics.push(
        ...(parsed.data === undefined ? parseProblems : [...parseProblems, unknownFormat(parsed, file)]),
      );
    }
  }

  const explicit = options.checklist ? await explicitChecklist(options.checklist, io) : undefined;
  if (explicit === null) return EXIT.usage;
  for (const { file, parsed } of answersQueue) {
    const id = (parsed.data as { checklist?: { id?: unknown } }).checklist?.id;
    const index =
      explicit ??
      (typeof id === 'string' ? (checklistsById.get(id) ?? (await bundledIndex(id, io.cwd))) : undefined);
    const result = validateAnswersDocument(parsed, file, index);
    diagnostics.push(...result.diagnostics);
    if (!index && typeof id === 'string' && !result.diagnostics.some((d) => d.severity === 'error')) {
      diagnostics.push(notFound(file, parsed, id));
    }
  }

  const sorted = sortDiagnostics(diagnostics);
  const color = options.format === 'text' && io.stdout.isTTY === true && !io.env.NO_COLOR;
  io.stdout.write(
    formatter({ files: checked, diagnostics: sorted, toolVersion: options.version, color, cwd: io.cwd }),
  );
  if (fatal) return EXIT.usage;
  const failing = sorted.some((d) => d.severity === 'error' || options.strict);
  return failing ? EXIT.problems : EXIT.ok;
}

async function expand(patterns: string[], cwd: string): Promise<string[]> {
  const out: string[] = [];
  for (const pattern of patterns) {
    if (!isDynamicPattern(pattern)) {
      out.push(pattern);
      continue;
    }
    const matches = await glob(pattern, { cwd, onlyFiles: true, expandDirectories: false });
    if (matches.length === 0) throw new UsageError(`no files match "${oneLine(pattern)}"`);
    out.push(...matches.sort());
  }
  return [...new Set(out)];
}

async function explicitChecklist(ref: string, io: Io): Promise<ChecklistIndex | null> {
  const result = await loadChecklist(ref, io.cwd);
  if (result.ok) return result.index;
  io.stderr.write(`opsc-audit: --checklist ${oneLine(result.message, 500)}\n`);
  return null;
}

async function bundledIndex(id: string, cwd: string): Promise<ChecklistIndex | undefined> {
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(id)) return undefined;
  const result = await loadChecklist(id, cwd);
  return result.ok ? result.index : undefined;
}

function notFound(file: string, parsed: ParsedYaml, id: string): Diagnostic {
  const pos = locate(parsed, ['checklist', 'id']);
  return {
    code: 'checklist-not-found',
    severity: 'error',
    message: `checklist "${id}" is not bundled; name its file with --checklist`,
    file,
    line: pos.line,
    col: pos.col,
  };
}
