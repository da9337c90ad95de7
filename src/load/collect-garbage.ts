let collect: (() => void) | undefined;

/**
 * Inputs of at least this many characters are large: about 2,000 questions of a checklist, or an answers file of
 * 9,000 answers. Below it the heap stays a few tens of megabytes and a forced collection (12 ms at 1,000
 * questions) costs more than it saves.
 */
export const LARGE_INPUT_CHARS = 2 * 1024 * 1024;

/**
 * The one garbage-collection policy, called only by the loader once a file's parse is no longer reachable:
 * after a large input (`chars` long), runs a full collection and says so; after a small one, leaves it to V8.
 * V8 puts off collecting the old generation until it has grown to a few times what is live, so after reading a
 * file of many megabytes the process would go on holding the text and the parser's scratch work, and a later
 * phase (scoring, rendering) would grow from there. A collection costs 20-30 ms at 10,000 questions.
 */
export function collectAfterInput(chars: number): boolean {
  if (chars < LARGE_INPUT_CHARS) return false;
  collect ??= exposeGc();
  collect();
  return true;
}

function exposeGc(): () => void {
  const existing = (globalThis as { gc?: unknown }).gc;
  if (typeof existing === 'function') return existing as () => void;
  // Loaded only here (node:v8 costs about 3 ms to load, and most runs never read a large file). The flag only
  // affects contexts created while it is on; the function is taken from a fresh one.
  const { setFlagsFromString } = process.getBuiltinModule('node:v8');
  const { runInNewContext } = process.getBuiltinModule('node:vm');
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as () => void;
  setFlagsFromString('--no-expose-gc');
  return gc;
}
