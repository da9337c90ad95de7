import type { AnswersFile, Checklist } from '../src/model/checklist.js';

/** A checklist of `n` questions: every tenth a yes/no with a follow-up condition, titles in en and fr, all three bases. */
export function makeChecklist(n: number): Checklist;
/** Answers to every question of makeChecklist(n). */
export function makeAnswers(
  n: number,
  options?: { digest?: string; seed?: number; organization?: string; role?: string; date?: string },
): AnswersFile;
/** A copy of a checklist with one error: one question's weight set to ONE_ERROR_WEIGHT, a string. */
export function withOneError(checklist: Checklist): Checklist;
/** The wrong weight withOneError writes. */
export const ONE_ERROR_WEIGHT: string;
/** YAML text of a document. */
export function toYaml(doc: unknown): string;
