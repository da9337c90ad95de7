import type { Answer, ChecklistIndex, Condition } from './checklist.js';
import { conditionRefs, conditionTruth, type GateLookup } from './conditions.js';

/**
 * Whether a question is asked, and if not, why: `open` (asked and scored), `inapplicable` (its `when` is false,
 * or its `requires` rests only on questions that do not apply: it leaves the denominator) or `absent` (its
 * `requires` is false: the measure cannot exist, so it is not asked and scores at the lowest level).
 */
export type Gate = 'open' | 'inapplicable' | 'absent';

/** Each question's gate, keyed by question id. */
export type Applicability = ReadonlyMap<string, Gate>;

/**
 * Each question's gate, given the answers. The one place conditions are decided: computed from the checklist
 * and the answers alone, so a stored `inapplicable` or `na.byCondition` flag (derived output the interview
 * writes for readers of the file) is never read here. A condition that rests on a question nobody has answered
 * yet decides nothing: the question stays open, and unanswered it is "not yet assessed", never "not applicable".
 */
export function applicability(
  index: ChecklistIndex,
  answers: Readonly<Record<string, Answer>>,
): Map<string, Gate> {
  const gates = new Map<string, Gate>();
  const lookup: GateLookup = (id) => {
    const gate = gates.get(id);
    if (gate === 'inapplicable') return 'out';
    if (gate === 'absent') return 'absent';
    const answer = countedAnswer(answers[id]);
    return answer?.na ? 'out' : answer;
  };
  for (const q of index.questions) {
    const { when, requires } = q.question;
    let gate: Gate = 'open';
    if (when !== undefined && conditionTruth(when, index, lookup) === false) gate = 'inapplicable';
    else if (requires !== undefined && conditionTruth(requires, index, lookup) === false)
      gate = restsOnOut(requires, lookup) ? 'inapplicable' : 'absent';
    gates.set(q.question.id, gate);
  }
  return gates;
}

/**
 * A dependency on questions none of which applies does not apply either: there is no measure to expect. If one
 * of them applies, the measure could have existed through it, so a false dependency means it is not in place.
 */
function restsOnOut(requires: Condition, lookup: GateLookup): boolean {
  return conditionRefs(requires).every((id) => lookup(id) === 'out');
}

/** Whether the question with this id is asked (neither inapplicable nor absent); an unknown id is. */
export function applies(map: Applicability, id: string): boolean {
  return gateOf(map, id) === 'open';
}

/** The gate of the question with this id; an id the map does not know is open. */
export function gateOf(map: Applicability, id: string): Gate {
  return map.get(id) ?? 'open';
}

/** True when an answer is the "not applicable by condition" record the interview derives from applicability. */
export function isConditionRecord(answer: Answer | undefined): boolean {
  return answer?.na?.byCondition === true;
}

/** The answer as it counts for a question that applies: a derived "not applicable by condition" record is none. */
export function countedAnswer(answer: Answer | undefined): Answer | undefined {
  return isConditionRecord(answer) ? undefined : answer;
}
