import type { Answer, IndexedQuestion } from '../model/checklist.js';
import { answerState } from '../model/answer-value.js';
import { countedAnswer } from '../model/applicability.js';
import type { QuestionScore, QuestionStatus } from './types.js';

/** Scores one question given its answer and whether its `when` condition holds. */
export function scoreQuestion(
  q: IndexedQuestion,
  answer: Answer | undefined,
  applies: boolean,
): QuestionScore {
  const max = q.max !== undefined && q.max > 0 ? q.max : undefined;
  const scored = max !== undefined;
  // Applicability comes from the conditions alone; the flags the interview writes about it are never trusted.
  // A "not applicable by condition" record on a question that applies is such a flag: it reads as unanswered.
  const state = answerState(q, countedAnswer(answer));
  const status: QuestionStatus = applies ? state.status : 'inapplicable';
  const counted = scored && (status === 'answered' || status === 'unknown' || status === 'unanswered');
  let value: number | undefined;
  if (counted) value = state.status === 'answered' ? (state.score ?? 0) : 0;
  // Clamped so that a value above the top (a capped multi, a stray threshold) never scores over 100%.
  const fraction = counted ? clamp01((value ?? 0) / max) : undefined;
  const target = scored ? Math.min(q.target ?? max, max) : undefined;
  const gap =
    counted && fraction !== undefined && target !== undefined
      ? Math.max(0, (q.weight * (target - fraction * max)) / max)
      : 0;
  return {
    id: q.question.id,
    index: q.index,
    sectionId: q.section.id,
    pillar: q.section.pillar,
    themes: [...new Set(q.question.themes ?? [])],
    actors: [...new Set(q.question.actors ?? [])],
    weight: q.weight,
    status,
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
