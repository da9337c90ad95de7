import type { Answer, ChecklistIndex, IndexedQuestion } from '../model/checklist.js';
import { answerScore } from '../model/answer-value.js';
import { gateOf, isConditionRecord, type Applicability, type Gate } from '../model/applicability.js';

/** Where a question stands in the interview. */
export type QuestionStatus = 'answered' | 'na' | 'absent' | 'unknown' | 'skipped' | 'open';

/**
 * The status of one question given its answer and its gate: one that does not apply is "not applicable", one
 * not in place by dependency is not asked ("absent"); both are done.
 */
export function questionStatus(q: IndexedQuestion, answer: Answer | undefined, gate: Gate): QuestionStatus {
  if (gate === 'inapplicable') return 'na';
  if (gate === 'absent') return 'absent';
  // Stored flags about applicability are derived output: a question that applies is open until answered.
  if (!answer || isConditionRecord(answer)) return 'open';
  if (answer.skipped) return 'skipped';
  if (answer.na) return 'na';
  if (answer.unknown) return 'unknown';
  return answerScore(q, answer) === null ? 'open' : 'answered';
}

/** True when a question needs no more attention in this pass (anything but open or skipped). */
export function isDone(status: QuestionStatus): boolean {
  return status !== 'open' && status !== 'skipped';
}

/** Counts of done questions (answered, not applicable, don't know), overall and per section. */
export interface Progress {
  done: number;
  total: number;
  sectionDone: number[];
  sectionTotal: number[];
}

/** Progress over the whole checklist. */
export function measureProgress(
  index: ChecklistIndex,
  answers: Record<string, Answer>,
  applies: Applicability,
): Progress {
  const sections = index.checklist.sections.length;
  const progress: Progress = {
    done: 0,
    total: 0,
    sectionDone: new Array<number>(sections).fill(0),
    sectionTotal: new Array<number>(sections).fill(0),
  };
  for (const q of index.questions) {
    const done = isDone(questionStatus(q, answers[q.question.id], gateOf(applies, q.question.id)));
    progress.total++;
    progress.sectionTotal[q.sectionIndex] = (progress.sectionTotal[q.sectionIndex] ?? 0) + 1;
    if (done) {
      progress.done++;
      progress.sectionDone[q.sectionIndex] = (progress.sectionDone[q.sectionIndex] ?? 0) + 1;
    }
  }
  return progress;
}

/** An ISO date-time without milliseconds, as stored in `answered`. */
export function timestamp(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** A local calendar date as YYYY-MM-DD. */
export function calendarDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
