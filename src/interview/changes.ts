import type { AnswersFile, ChecklistIndex } from '../model/checklist.js';
import { answerScore } from '../model/answer-value.js';
import { isConditionRecord } from '../model/applicability.js';
import { checklistDigest, questionDigest } from '../model/digest.js';
import { staleAnswers } from '../model/stale-answers.js';

/** How the checklist differs from the one an answers file was made with. */
export interface ChecklistChange {
  fromVersion: string;
  toVersion: string;
  /** Answered questions whose wording or options changed, or whose answer no longer fits. */
  changed: string[];
  /** Answered questions that are no longer in the checklist. */
  removed: string[];
}

/** Compares an answers file with the current checklist; undefined when nothing relevant changed. */
export function detectChanges(file: AnswersFile, index: ChecklistIndex): ChecklistChange | undefined {
  const digest = checklistDigest(index.checklist);
  const stale = new Set(staleAnswers(file, index));
  const changed: string[] = [];
  const removed: string[] = [];
  for (const [id, answer] of Object.entries(file.answers)) {
    const q = index.byId.get(id);
    if (!q) {
      removed.push(id);
      continue;
    }
    if (isConditionRecord(answer)) continue;
    const misfit =
      (answer.level !== undefined || answer.value !== undefined) && answerScore(q, answer) === null;
    if (stale.has(id) || misfit) changed.push(id);
  }
  const headerChanged =
    file.checklist.version !== index.checklist.version ||
    (file.checklist.digest !== undefined && file.checklist.digest !== digest);
  if (!headerChanged && changed.length === 0 && removed.length === 0) return undefined;
  const order = (id: string) => index.byId.get(id)?.index ?? 0;
  return {
    fromVersion: file.checklist.version,
    toVersion: index.checklist.version,
    changed: changed.sort((a, b) => order(a) - order(b)),
    removed,
  };
}

/**
 * Records the current checklist version and digest in the file. A header that has a digest is kept while some
 * kept answer was made against an older wording, so `validate` keeps reporting answers that still need
 * review; a header without one gets the current one at once, so every file the tool writes carries a digest
 * (an older answer stays detectable by its own digest).
 */
export function syncChecklistHeader(file: AnswersFile, index: ChecklistIndex): void {
  // Already the current header (what either branch below leaves): nothing to check, at every save.
  if (isCurrentHeader(file.checklist, index)) return;
  const stale =
    staleAnswers(file, index).length > 0 || Object.keys(file.answers).some((id) => !index.byId.has(id));
  if (stale && file.checklist.digest !== undefined) return;
  file.checklist = {
    id: index.checklist.id,
    version: index.checklist.version,
    digest: checklistDigest(index.checklist),
  };
}

/** Whether a header is exactly {id, version, digest} of this checklist, in that key order (as it is written). */
function isCurrentHeader(header: AnswersFile['checklist'], index: ChecklistIndex): boolean {
  const keys = Object.keys(header);
  return (
    keys.length === 3 &&
    keys[0] === 'id' &&
    keys[1] === 'version' &&
    keys[2] === 'digest' &&
    header.id === index.checklist.id &&
    header.version === index.checklist.version &&
    header.digest === checklistDigest(index.checklist)
  );
}

/**
 * Applies the respondent's decision about a changed checklist to the file: answers to removed
 * questions go; with `keep`, answers that still fit are confirmed against the current wording.
 * Returns the questions to ask again first (all changed ones for `review`, misfits for `keep`).
 */
export function applyChangeDecision(
  file: AnswersFile,
  index: ChecklistIndex,
  change: ChecklistChange,
  decision: 'review' | 'keep',
): string[] {
  for (const id of change.removed) {
    // eslint-disable-next-line @typescript-eslint/no-dynamic-delete -- answers are keyed by question id
    delete file.answers[id];
  }
  if (decision === 'review') return [...change.changed];
  const again: string[] = [];
  for (const id of change.changed) {
    const q = index.byId.get(id);
    const answer = file.answers[id];
    if (!q || !answer) continue;
    const fits =
      (answer.level === undefined && answer.value === undefined) || answerScore(q, answer) !== null;
    if (fits) file.answers[id] = { ...answer, digest: questionDigest(q) };
    else again.push(id);
  }
  return again;
}
