import type { Io } from '../model/io.js';
import type { ChecklistResult } from '../open/checklists.js';
import { checklistLoader } from './checklist-language.js';
import { readAnswers } from '../open/read-answers.js';
import { scoreAnswers } from '../score/score-answers.js';
import type { ScoredFile, UnscoredFile } from '../data/build-score-table.js';
import { oneLine } from '../text/sanitize.js';
import { printDiagnostics } from './print-diagnostics.js';

/** The answers files of one `score` call: those scored, and those that could not be (already reported). */
export interface ScoredFiles {
  scored: ScoredFile[];
  failed: UnscoredFile[];
}

/**
 * Reads and scores several answers files one after the other. Each checklist is loaded, validated and indexed
 * once, however many files name it. A file that cannot be used is reported on standard error (its diagnostics,
 * one line each, then its one-line message) and the others are still scored; warnings are printed as they come.
 */
export async function scoreFiles(
  paths: readonly string[],
  checklist: string | undefined,
  io: Io,
): Promise<ScoredFiles> {
  const loaded = new Map<string, Promise<ChecklistResult>>();
  const loadChecklist = checklistLoader(io);
  const once = (ref: string, cwd: string): Promise<ChecklistResult> => {
    const key = `${cwd}\0${ref}`;
    let result = loaded.get(key);
    if (!result) loaded.set(key, (result = loadChecklist(ref, cwd)));
    return result;
  };
  // A checklist that cannot be loaded is shown once, not under every file that names it.
  const shown = new Set<string>();
  const out: ScoredFiles = { scored: [], failed: [] };
  for (const path of paths) {
    const read = await readAnswers(path, { cwd: io.cwd, checklist, loadChecklist: once });
    if (!read.ok) {
      const repeated = read.problem === 'no-checklist' && shown.has(read.message);
      if (!repeated) printDiagnostics(read.diagnostics, io);
      shown.add(read.message);
      io.stderr.write(`opsc-audit: ${oneLine(read.message, 1000)}\n`);
      out.failed.push({ file: path, problem: read.problem });
      continue;
    }
    printDiagnostics(read.warnings, io);
    const card = scoreAnswers(read.index, read.answers.answers);
    out.scored.push({ file: path, index: read.index, answers: read.answers, card });
  }
  return out;
}
