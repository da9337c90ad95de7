import type { Answer, ChecklistIndex } from '../model/checklist.js';
import { applicability, gateOf, isConditionRecord, type Gate } from '../model/applicability.js';
import { conditionRefs } from '../model/conditions.js';
import { questionDigest } from '../model/digest.js';
import { timestamp } from './answer-status.js';
import { translator } from '../i18n/format.js';

/**
 * Re-evaluates every `when` condition and updates the answers in place: a question that no longer
 * applies is recorded as not applicable by condition, or, if it was answered, keeps its answer marked
 * `inapplicable`; a question that applies again loses those marks. The marks are derived output for the
 * reader of the file: applicability is computed from the checklist and the answers, never from them.
 * Returns the applicability map.
 */
export function reconcileConditions(
  index: ChecklistIndex,
  answers: Record<string, Answer>,
  now: Date,
): Map<string, Gate> {
  const applies = applicability(index, answers);
  applyFlags(index, answers, applies, now);
  return applies;
}

function applyFlags(
  index: ChecklistIndex,
  answers: Record<string, Answer>,
  applies: Map<string, Gate>,
  now: Date,
): void {
  for (const q of index.questions) {
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
            reason: translator()('interview.conditionReason', { ids: refs.join(', ') }),
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
