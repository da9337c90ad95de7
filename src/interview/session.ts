import type { Gate } from '../model/applicability.js';
import type { Answer, AnswersFile, ChecklistIndex } from '../model/checklist.js';
import { questionDigest } from '../model/digest.js';
import type { Prompter } from './prompter-types.js';
import { reconcileAgain, reconcileConditions, type Reconciled } from './skip-logic.js';
import { syncChecklistHeader } from './changes.js';
import { timestamp } from './answer-status.js';

/** The state of one interview: the checklist, the answers being built, and how to ask and save. */
export interface Session {
  index: ChecklistIndex;
  file: AnswersFile;
  prompter: Prompter;
  /**
   * Persists the answers file; called after every change, before the next prompt. `keys`: Object.keys of its
   * answers as they are at the call, when the caller has just taken them (spares enumerating them again).
   */
  save: (file: AnswersFile, keys?: readonly string[]) => Promise<void>;
  now: () => Date;
  lang: string;
  applies: Map<string, Gate>;
  /** False with `--no-details`: no notes or evidence prompts after an answer (still offered at the question). */
  details: boolean;
}

/** Starts a session over an answers file (conditions evaluated, header brought up to date). */
export function openSession(
  index: ChecklistIndex,
  file: AnswersFile,
  prompter: Prompter,
  save: Session['save'],
  now: () => Date,
  options: { details?: boolean } = {},
): Session {
  const applies = reconcileConditions(index, file.answers, now());
  syncChecklistHeader(file, index);
  const details = options.details ?? true;
  return { index, file, prompter, save, now, lang: index.checklist.language, applies, details };
}

/** Records one answer (stamped with time and question digest), re-evaluates conditions, and saves. */
export async function recordAnswer(session: Session, id: string, answer: Answer): Promise<void> {
  const q = session.index.byId.get(id);
  const stamped: Answer = { ...answer, answered: timestamp(session.now()) };
  if (q) stamped.digest = questionDigest(q);
  session.file.answers[id] = stamped;
  await commit(session);
}

/** What the last save's reconcile found, per session (see reconcileAgain). */
const lastReconciled = new WeakMap<Session, Reconciled>();

/** Re-evaluates conditions and saves the file as it stands. */
export async function commit(session: Session): Promise<void> {
  const reconciled = reconcileAgain(
    session.index,
    session.file.answers,
    session.now(),
    lastReconciled.get(session),
  );
  lastReconciled.set(session, reconciled);
  session.applies = reconciled.applies;
  syncChecklistHeader(session.file, session.index);
  const ordered = inChecklistOrder(session.index, session.file.answers);
  session.file.answers = ordered.answers;
  await session.save(session.file, ordered.keys);
}

/** The keys of answers objects last found (or put) in checklist order, to recognise them at the next save. */
const orderedKeys = new WeakMap<Record<string, Answer>, string[]>();

/**
 * The answers keyed in checklist order, so the saved file reads like the questionnaire. A save usually puts a
 * new answer in place of another under the same id (keys unchanged: nothing to do) or adds one (a JavaScript
 * object appends a new key after the others): only the added keys are placed, by binary search among those
 * already in order, and the object is rebuilt only when one of them belongs before the end. Returns the object
 * with its keys (as Object.keys gives them now).
 */
function inChecklistOrder(
  index: ChecklistIndex,
  answers: Record<string, Answer>,
): { answers: Record<string, Answer>; keys: readonly string[] } {
  const keys = Object.keys(answers);
  const known = orderedKeys.get(answers) ?? [];
  if (sameKeys(known, keys)) return { answers, keys };
  const at = (id: string) => index.byId.get(id)?.index ?? Number.MAX_SAFE_INTEGER;
  // The keys still in place since the last save, in order (some may be gone), then those added since.
  let kept = 0;
  for (let j = 0; kept < keys.length && j < known.length; j++) if (keys[kept] === known[j]) kept++;
  let order = keys.slice(0, kept);
  const added = keys.slice(kept).sort((a, b) => at(a) - at(b));
  if (added.length <= 16) for (const id of added) order.splice(upperBound(order, at(id), at), 0, id);
  else order = merge(order, added, at);
  if (sameKeys(order, keys)) {
    orderedKeys.set(answers, keys);
    return { answers, keys };
  }
  const sorted = Object.fromEntries(order.map((id) => [id, answers[id] as Answer]));
  // Integer-like keys come first in any object, whatever the order given: such keys are not remembered.
  const actual = Object.keys(sorted);
  if (sameKeys(actual, order)) orderedKeys.set(sorted, actual);
  return { answers: sorted, keys: actual };
}

/** Two lists of ids ordered by `at` as one; of equal positions, those of `first` come first. */
function merge(first: readonly string[], second: readonly string[], at: (id: string) => number): string[] {
  const out: string[] = [];
  let i = 0;
  let j = 0;
  while (i < first.length && j < second.length) {
    if (at(second[j] as string) < at(first[i] as string)) out.push(second[j++] as string);
    else out.push(first[i++] as string);
  }
  return out.concat(first.slice(i), second.slice(j));
}

/** The first place in `ids` (ordered by `at`) whose position is after `position`. */
function upperBound(ids: readonly string[], position: number, at: (id: string) => number): number {
  let low = 0;
  let high = ids.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (at(ids[mid] as string) <= position) low = mid + 1;
    else high = mid;
  }
  return low;
}

function sameKeys(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
