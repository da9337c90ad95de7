import type { Answer, ChecklistIndex } from '../model/checklist.js';
import { applicability, applies as appliesTo, isConditionRecord } from '../model/applicability.js';
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
): Map<string, boolean> {
  const applies = applicability(index, answers);
  applyFlags(index, answers, applies, now);
  return applies;
}

function applyFlags(
  index: ChecklistIndex,
  answers: Record<string, Answer>,
  applies: Map<string, boolean>,
  now: Date,
): void {
  for (const q of index.questions) {
    const id = q.question.id;
    const answer = answers[id];
    const byCondition = isConditionRecord(answer);
    if (!appliesTo(applies, id)) {
      const refs = q.question.when ? [...new Set(conditionRefs(q.question.when))] : [];
      // A condition on a question not answered yet is not decided: wait rather than record "not applicable".
      const decided = refs.every((ref) => answers[ref] !== undefined && answers[ref].skipped !== true);
      if (!decided && (!answer || byCondition)) {
        // eslint-disable-next-line @typescript-eslint/no-dynamic-delete -- answers are keyed by question id
        if (byCondition) delete answers[id];
        continue;
      }
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
