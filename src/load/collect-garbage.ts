import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

let collect: (() => void) | undefined;

/** Checklists with at least this many questions count as large. */
export const LARGE_CHECKLIST_QUESTIONS = 1000;

/** collectGarbage, when a checklist of `questions` questions is large; says whether it collected. */
export function collectGarbageIfLarge(questions: number): boolean {
  if (questions < LARGE_CHECKLIST_QUESTIONS) return false;
  collectGarbage();
  return true;
}

/**
 * Runs a full garbage collection now. V8 puts off collecting the old generation until it has grown to a few
 * times what is live, so after reading a checklist of many megabytes the process can hold twice the memory it
 * needs (the file's text, the parser's scratch work). Commands call this between their phases when the input
 * was large; for the usual checklist of a hundred questions it is never called.
 */
export function collectGarbage(): void {
  collect ??= exposeGc();
  collect();
}

function exposeGc(): () => void {
  const existing = (globalThis as { gc?: unknown }).gc;
  if (typeof existing === 'function') return existing as () => void;
  // The flag only affects contexts created while it is on; the function is taken from a fresh one.
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as () => void;
  setFlagsFromString('--no-expose-gc');
  return gc;
}
