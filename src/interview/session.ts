import type { Gate } from '../model/applicability.js';
import type { Answer, AnswersFile, ChecklistIndex } from '../model/checklist.js';
import { questionDigest } from '../model/digest.js';
import type { Prompter } from './prompter-types.js';
import { reconcileConditions } from './skip-logic.js';
import { syncChecklistHeader } from './changes.js';
import { timestamp } from './answer-status.js';

/** The state of one interview: the checklist, the answers being built, and how to ask and save. */
export interface Session {
  index: ChecklistIndex;
  file: AnswersFile;
  prompter: Prompter;
  /** Persists the answers file; called after every change, before the next prompt. */
  save: (file: AnswersFile) => Promise<void>;
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

/** Re-evaluates conditions and saves the file as it stands. */
export async function commit(session: Session): Promise<void> {
  session.applies = reconcileConditions(session.index, session.file.answers, session.now());
  syncChecklistHeader(session.file, session.index);
  session.file.answers = inChecklistOrder(session.index, session.file.answers);
  await session.save(session.file);
}

/**
 * The answers keyed in checklist order, so the saved file reads like the questionnaire. Most saves change one
 * answer in place of another under the same id, which keeps the order: the object is rebuilt only when its keys
 * are out of order (an answer added or a question unknown to the checklist).
 */
function inChecklistOrder(index: ChecklistIndex, answers: Record<string, Answer>): Record<string, Answer> {
  const at = (id: string) => index.byId.get(id)?.index ?? Number.MAX_SAFE_INTEGER;
  let previous = -1;
  let ordered = true;
  for (const id of Object.keys(answers)) {
    const here = at(id);
    if (here < previous || here === Number.MAX_SAFE_INTEGER) {
      ordered = false;
      break;
    }
    previous = here;
  }
  if (ordered) return answers;
  return Object.fromEntries(Object.entries(answers).sort(([a], [b]) => at(a) - at(b)));
}
