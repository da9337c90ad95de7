import { resolve } from 'node:path';
import { sortDiagnostics, type Diagnostic } from '../model/diagnostic.js';
import type { AnswersFile, ChecklistIndex } from '../model/checklist.js';
import { loadYamlFile } from '../load/load-file.js';
import { loadChecklist } from '../load/checklists.js';
import { collectGarbageIfLarge } from '../load/collect-garbage.js';
import { documentKind, validateAnswersDocument } from '../validate/validate-document.js';

/** An answers file loaded with its checklist, or the reason it cannot be used. */
export type AnswersResult =
  | { ok: true; file: string; answers: AnswersFile; index: ChecklistIndex; warnings: Diagnostic[] }
  | { ok: false; file: string; message: string; diagnostics: Diagnostic[] };

/**
 * Loads an answers file and the checklist it names (bundled, or `checklistRef` when given),
 * and checks the answers against it. Warnings (such as a changed checklist) are returned, not fatal.
 */
export async function loadAnswers(path: string, cwd: string, checklistRef?: string): Promise<AnswersResult> {
  const file = resolve(cwd, path);
  const loaded = await loadYamlFile(file);
  if (loaded.status === 'fatal') return { ok: false, file: path, message: loaded.message, diagnostics: [] };
  if (loaded.status === 'invalid') {
    return {
      ok: false,
      file: path,
      message: `${path}: not a usable answers file`,
      diagnostics: relabel(loaded.diagnostics, path),
    };
  }
  const { parsed } = loaded;
  if (parsed.data !== undefined && documentKind(parsed.data) !== 'answers') {
    return {
      ok: false,
      file: path,
      message: `${path}: not an answers file (expected "format: opsc-audit/answers@1")`,
      diagnostics: [],
    };
  }
  const shape = validateAnswersDocument(parsed, path, undefined);
  if (!shape.value) {
    return {
      ok: false,
      file: path,
      message: `${path}: the answers file has errors (run: opsc-audit validate ${path})`,
      diagnostics: shape.diagnostics,
    };
  }
  const ref = checklistRef ?? shape.value.checklist.id;
  collectGarbageIfLarge(Object.keys(shape.value.answers).length);
  const checklist = await loadChecklist(ref, cwd);
  if (!checklist.ok) {
    const hint = checklistRef ? '' : ' (name the checklist file with --checklist)';
    return {
      ok: false,
      file: path,
      message: `${checklist.message}${hint}`,
      diagnostics: checklist.diagnostics,
    };
  }
  // A large checklist's text and the parser's scratch work are garbage now: collect them before going on.
  collectGarbageIfLarge(checklist.index.byId.size);
  const full = validateAnswersDocument(parsed, path, checklist.index, shape.diagnostics.length === 0);
  if (!full.value) {
    return {
      ok: false,
      file: path,
      message: `${path}: the answers do not fit checklist ${checklist.checklist.id} ${checklist.checklist.version}`,
      diagnostics: full.diagnostics,
    };
  }
  return {
    ok: true,
    file: path,
    answers: full.value,
    index: checklist.index,
    warnings: sortDiagnostics(full.diagnostics),
  };
}

function relabel(diagnostics: Diagnostic[], file: string): Diagnostic[] {
  return diagnostics.map((d) => ({ ...d, file }));
}
