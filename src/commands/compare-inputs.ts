import { resolve } from 'node:path';
import type { Io } from '../model/io.js';
import type { AnswersFile, ChecklistIndex } from '../model/checklist.js';
import type { ParsedYaml } from '../load/parse-yaml.js';
import { InputError } from '../errors.js';
import { loadYamlFile } from '../load/load-file.js';
import { loadChecklist } from '../load/checklists.js';
import { documentKind, validateAnswersDocument } from '../validate/validate-document.js';
import { checkSide } from '../compare/check-side.js';
import { sideChecklist } from '../compare/diff-versions.js';
import type { CompareSide } from '../compare/types.js';
import { printDiagnostics } from './print-diagnostics.js';

/** Both answers files, checked, with the checklist they are compared against. */
export interface ComparePair {
  base: CompareSide;
  current: CompareSide;
  index: ChecklistIndex;
}

/**
 * Loads two answers files of one checklist id (refusing different ids), the checklist to compare against
 * (`checklistRef`, else the bundled one of that id) and, when given, the checklist the base file was made against.
 */
export async function loadComparePair(
  paths: { base: string; current: string },
  refs: { checklist?: string | undefined; baseChecklist?: string | undefined },
  io: Io,
): Promise<ComparePair> {
  const base = await readAnswers(paths.base, io);
  const current = await readAnswers(paths.current, io);
  const baseId = base.answers.checklist.id;
  const currentId = current.answers.checklist.id;
  if (baseId !== currentId) {
    throw new InputError(
      `cannot compare answers to different checklists: ${paths.base} is for "${baseId}", ${paths.current} is for "${currentId}"`,
    );
  }
  const index = await requireChecklist(refs.checklist ?? currentId, currentId, '--checklist', io);
  const baseIndex = refs.baseChecklist
    ? await requireChecklist(refs.baseChecklist, baseId, '--base-checklist', io)
    : undefined;
  const sides = {
    base: { file: paths.base, answers: base.answers, index: baseIndex },
    current: { file: paths.current, answers: current.answers, index: undefined },
  };
  for (const [side, read] of [
    [sides.base, base],
    [sides.current, current],
  ] as const) {
    const own = sideChecklist(side, index);
    const diagnostics = checkSide(read.parsed, side.file, side.answers, own, index);
    printDiagnostics(diagnostics, io);
    if (diagnostics.some((d) => d.severity === 'error')) {
      const against = own ?? index;
      throw new InputError(
        `${side.file}: the answers do not fit checklist ${against.checklist.id} ${against.checklist.version}`,
      );
    }
  }
  return { ...sides, index };
}

async function readAnswers(path: string, io: Io): Promise<{ parsed: ParsedYaml; answers: AnswersFile }> {
  const loaded = await loadYamlFile(resolve(io.cwd, path));
  if (loaded.status === 'fatal') throw new InputError(loaded.message);
  if (loaded.status === 'invalid') {
    printDiagnostics(
      loaded.diagnostics.map((d) => ({ ...d, file: path })),
      io,
    );
    throw new InputError(`${path}: not a usable answers file`);
  }
  const { parsed } = loaded;
  if (documentKind(parsed.data) !== 'answers') {
    throw new InputError(`${path}: not an answers file (expected "format: opsc-audit/answers@1")`);
  }
  const shape = validateAnswersDocument(parsed, path, undefined);
  if (!shape.value) {
    printDiagnostics(shape.diagnostics, io);
    throw new InputError(`${path}: the answers file has errors (run: opsc-audit validate ${path})`);
  }
  return { parsed, answers: shape.value };
}

async function requireChecklist(ref: string, id: string, option: string, io: Io): Promise<ChecklistIndex> {
  const result = await loadChecklist(ref, io.cwd);
  if (!result.ok) {
    printDiagnostics(result.diagnostics, io);
    const hint = ref === id ? ` (name the checklist file with ${option})` : '';
    throw new InputError(`${result.message}${hint}`);
  }
  if (result.checklist.id !== id) {
    throw new InputError(`${ref} is checklist "${result.checklist.id}", but the answers are for "${id}"`);
  }
  return result.index;
}
