import type { Io } from '../model/io.js';
import type { ChecklistIndex } from '../model/checklist.js';
import { InputError } from '../errors.js';
import { requireChecklist } from './require-checklist.js';
import { misfitMessage, readAnswersShape } from '../open/read-answers.js';
import { checkSide } from '../compare/check-side.js';
import { sideChecklist } from '../compare/diff-versions.js';
import type { CompareSide } from '../compare/types.js';
import { printDiagnostics } from './print-diagnostics.js';
import { requireUsable } from './require-answers.js';
import { translator } from '../i18n/format.js';

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
  // Read against the schema only: each side is checked below against the checklist it is compared with.
  const base = requireUsable(await readAnswersShape(paths.base, { cwd: io.cwd }), io);
  const current = requireUsable(await readAnswersShape(paths.current, { cwd: io.cwd }), io);
  const baseId = base.answers.checklist.id;
  const currentId = current.answers.checklist.id;
  if (baseId !== currentId) {
    throw new InputError(
      translator()('cli.compare.differentChecklists', {
        base: paths.base,
        baseId,
        current: paths.current,
        currentId,
      }),
    );
  }
  const index = await checklistFor(refs.checklist ?? currentId, currentId, '--checklist', io);
  const baseIndex = refs.baseChecklist
    ? await checklistFor(refs.baseChecklist, baseId, '--base-checklist', io)
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
    const diagnostics = checkSide(read.shaped, own, index);
    printDiagnostics(diagnostics, io);
    if (diagnostics.some((d) => d.severity === 'error')) {
      throw new InputError(misfitMessage(side.file, (own ?? index).checklist));
    }
  }
  return { ...sides, index };
}

async function checklistFor(ref: string, id: string, option: string, io: Io): Promise<ChecklistIndex> {
  const index = await requireChecklist(ref, io, ref === id ? option : undefined);
  if (index.checklist.id !== id) {
    throw new InputError(translator()('cli.compare.otherChecklist', { ref, found: index.checklist.id, id }));
  }
  return index;
}
