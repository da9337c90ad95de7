import type { AnswersFile, ChecklistIndex, IndexedQuestion } from './checklist.js';
import { checklistDigest, legacyQuestionDigest, questionDigest } from './digest.js';

/** Whether a file's header records exactly this checklist's digest: nothing in it changed since. */
export function headerVouches(file: AnswersFile, index: ChecklistIndex): boolean {
  return file.checklist.digest !== undefined && file.checklist.digest === checklistDigest(index.checklist);
}

/**
 * Whether a recorded question digest is of the question as it reads now. A digest in the older form (which left
 * out level labels) is accepted only when the header vouches for the whole checklist.
 */
export function isCurrentDigest(recorded: string, q: IndexedQuestion, vouched: boolean): boolean {
  return recorded === questionDigest(q) || (vouched && recorded === legacyQuestionDigest(q));
}

/**
 * Ids of the answers given to an earlier wording of their question (its text, kind, scale levels with their
 * labels, options or thresholds), in file order. Answers without a digest cannot be checked; answers to
 * questions the checklist lacks are not listed.
 */
export function staleAnswers(file: AnswersFile, index: ChecklistIndex): string[] {
  const vouched = headerVouches(file, index);
  const stale: string[] = [];
  for (const [id, answer] of Object.entries(file.answers)) {
    const q = index.byId.get(id);
    if (q && answer.digest !== undefined && !isCurrentDigest(answer.digest, q, vouched)) stale.push(id);
  }
  return stale;
}
