import type { Answer, IndexedQuestion } from '../model/checklist.js';
import { answerState } from '../model/answer-value.js';
import { countedAnswer, type Gate } from '../model/applicability.js';
import { conditionRefs } from '../model/conditions.js';
import type { QuestionScore, QuestionStatus } from './types.js';

/** Scores one question given its answer and its gate (whether its `when` and `requires` hold). */
export function scoreQuestion(q: IndexedQuestion, answer: Answer | undefined, gate: Gate): QuestionScore {
  const max = q.max !== undefined && q.max > 0 ? q.max : undefined;
  const scored = max !== undefined;
  // Conditions come from the checklist and the answers alone; the flags the interview writes about them are
  // never trusted. A "not applicable by condition" record on a question that applies is such a flag: it reads
  // as unanswered. A question that is not in place by dependency is not asked: an answer left in the file from
  // before its gate changed does not count.
  const state = answerState(q, countedAnswer(answer));
  const status: QuestionStatus = gate === 'open' ? state.status : gate;
  const counted = scored && status !== 'na' && status !== 'inapplicable';
  let value: number | undefined;
  if (counted) value = state.status === 'answered' && status === 'answered' ? (state.score ?? 0) : 0;
  // Clamped so that a value above the top (a capped multi, a stray threshold) never scores over 100%.
  const fraction = counted ? clamp01((value ?? 0) / max) : undefined;
  const target = scored ? Math.min(q.target ?? max, max) : undefined;
  // Only what is known to fall short is a gap: an answer below target, or a measure not in place. "Don't know"
  // is a data gap and an unanswered question is not yet assessed; both stay in the denominator at 0.
  const assessed = status === 'answered' || status === 'absent';
  const gap =
    counted && assessed && fraction !== undefined && target !== undefined
      ? Math.max(0, (q.weight * (target - fraction * max)) / max)
      : 0;
  const requires = q.question.requires;
  return {
    id: q.question.id,
    index: q.index,
    sectionId: q.section.id,
    pillar: q.section.pillar,
    themes: [...new Set(q.question.themes ?? [])],
    actors: [...new Set(q.question.actors ?? [])],
    weight: q.weight,
    basis: q.question.basis,
    status,
    dependsOn: status === 'absent' && requires ? [...new Set(conditionRefs(requires))] : [],
    scored,
    counted,
    value,
    max,
    target,
    fraction,
    gap,
  };
}

function clamp01(x: number): number {
  return Math.min(1, Math.max(0, x));
}
