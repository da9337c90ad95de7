import type { Answer, ChecklistIndex, IndexedQuestion } from '../model/checklist.js';
import { applicability, gateOf, isConditionRecord, type Gate } from '../model/applicability.js';
import { conditionRefs } from '../model/conditions.js';
import { questionDigest } from '../model/digest.js';
import { timestamp } from './answer-status.js';
import { translator, itemSeparator } from '../i18n/format.js';

/**
 * Re-evaluates every `when` condition and updates the answers in place: a question that no longer
 * applies is recorded as not applicable by condition, or, if it was answered, keeps its answer marked
 * `inapplicable`; a question that applies again loses those marks. The marks are derived output for the
 * reader of the file: applicability is computed from the checklist and the answers, never from them.
 * Returns the applicability map.
 *
 * `conditionedOnly`: the answers were reconciled before and have changed since only through answers the
 * respondent gave, so only questions with a condition can need a mark set or removed (a question without one
 * is always open, and its stray marks were removed by the earlier pass); the interview's saves pass it.
 */
export function reconcileConditions(
  index: ChecklistIndex,
  answers: Record<string, Answer>,
  now: Date,
  options: { conditionedOnly?: boolean } = {},
): Map<string, Gate> {
  const applies = applicability(index, answers);
  const questions = options.conditionedOnly ? conditionedQuestions(index) : index.questions;
  applyFlags(questions, answers, applies, now);
  return applies;
}

/** A reconcile's result, with the answers it rested on (by identity) to tell whether it still holds. */
export interface Reconciled {
  applies: Map<string, Gate>;
  seen: (Answer | undefined)[];
}

/**
 * reconcileConditions for an interview's save, after an earlier one (`before`, or the full pass that opened the
 * session). Gates depend only on the answers their conditions name, and the marks only on the gates and the
 * answers of the questions that have conditions: when none of those answers changed (by identity; answers are
 * replaced, never edited in place), the earlier result still holds and nothing is evaluated again.
 */
export function reconcileAgain(
  index: ChecklistIndex,
  answers: Record<string, Answer>,
  now: Date,
  before: Reconciled | undefined,
): Reconciled {
  const ids = watchedIds(index);
  if (before !== undefined && ids.every((id, i) => answers[id] === before.seen[i])) return before;
  const applies = reconcileConditions(index, answers, now, { conditionedOnly: true });
  return { applies, seen: ids.map((id) => answers[id]) };
}

const watched = new WeakMap<ChecklistIndex, readonly string[]>();

/** The ids of the questions a condition names and of the questions that have a condition (once per checklist). */
function watchedIds(index: ChecklistIndex): readonly string[] {
  let ids = watched.get(index);
  if (ids === undefined) {
    const set = new Set<string>();
    for (const q of conditionedQuestions(index)) {
      set.add(q.question.id);
      const { when, requires } = q.question;
      for (const c of [when, requires]) if (c) for (const ref of conditionRefs(c)) set.add(ref);
    }
    ids = [...set];
    watched.set(index, ids);
  }
  return ids;
}

const conditioned = new WeakMap<ChecklistIndex, readonly IndexedQuestion[]>();

/** The questions with a `when` or `requires` condition, in checklist order (worked out once per checklist). */
function conditionedQuestions(index: ChecklistIndex): readonly IndexedQuestion[] {
  let questions = conditioned.get(index);
  if (questions === undefined) {
    questions = index.questions.filter(
      (q) => q.question.when !== undefined || q.question.requires !== undefined,
    );
    conditioned.set(index, questions);
  }
  return questions;
}

function applyFlags(
  questions: readonly IndexedQuestion[],
  answers: Record<string, Answer>,
  applies: Map<string, Gate>,
  now: Date,
): void {
  for (const q of questions) {
    const id = q.question.id;
    const answer = answers[id];
    const byCondition = isConditionRecord(answer);
    const gate = gateOf(applies, id);
    if (gate === 'inapplicable') {
      const { when, requires } = q.question;
      const refs = [...new Set([when, requires].flatMap((c) => (c ? conditionRefs(c) : [])))];
      if (!answer || answer.skipped || byCondition) {
        if (byCondition && answer?.digest === questionDigest(q)) continue;
        answers[id] = {
          na: {
            reason: translator()('interview.conditionReason', { ids: refs.join(itemSeparator()) }),
            byCondition: true,
          },
          digest: questionDigest(q),
          answered: timestamp(now),
        };
      } else if (!answer.inapplicable) {
        answers[id] = { ...answer, inapplicable: true };
      }
    } else if (gate === 'absent') {
      // Not in place by dependency: not asked, and nothing to record; an answer given before the gate changed
      // is kept, marked as not counting.
      // eslint-disable-next-line @typescript-eslint/no-dynamic-delete -- answers are keyed by question id
      if (byCondition) delete answers[id];
      else if (answer && !answer.skipped && !answer.inapplicable)
        answers[id] = { ...answer, inapplicable: true };
    } else if (byCondition) {
      // eslint-disable-next-line @typescript-eslint/no-dynamic-delete -- answers are keyed by question id
      delete answers[id];
    } else if (answer?.inapplicable) {
      const rest: Answer = { ...answer };
      delete rest.inapplicable;
      answers[id] = rest;
    }
  }
}
