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

/** Inputs from this many characters (a checklist of about 250 questions) keep V8's young generation small. */
export const HOLD_YOUNG_FROM_CHARS = 256 * 1024;
let youngHeld = false;

/**
 * Keeps V8's young generation at its starting size (1 MB a half) while a large input is read and used, instead of
 * letting it double up to 16 MB a half as the parse's objects survive. Every page of memory a process touches
 * for the first time costs it a page fault, and a larger young generation only moves the same objects through
 * more fresh pages before they reach the old generation. Measured on this project's benchmark machine (Node 20,
 * 10,000 questions, 7 paired runs): `validate` 879 -> 791 ms, 30,000 -> 21,800 page faults, peak memory 142 ->
 * 112 MB; `compare -f html` 197 -> 156 MB. Set once per process, only on the V8 versions where the flag is known
 * (V8 refuses unknown flags with a message on the standard streams). Returns whether it is set.
 */
export function holdYoungGeneration(chars: number): boolean {
  if (chars < HOLD_YOUNG_FROM_CHARS || youngHeld) return youngHeld;
  const major = Number(process.versions.v8.split('.')[0]);
  if (major < 11 || major > 13) return false;
  process.getBuiltinModule('node:v8').setFlagsFromString('--semi-space-growth-factor=1');
  youngHeld = true;
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
