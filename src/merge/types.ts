import type { Answer, AnswersFile, ChecklistIndex, Contributor } from '../model/checklist.js';

/** One answers file to merge, as read and checked: the path as the user typed it, and its answers. */
export interface MergeInput {
  file: string;
  answers: AnswersFile;
}

/** One file's answer to a question, with the merged keys of who gave it. */
export interface MergeSource {
  /** Position of the file among the inputs, 0-based (argument order). */
  input: number;
  answer: Answer;
  by: string[];
}

/** One answer given by one or more files that agree on it, combined into one. */
export interface MergePosition {
  sources: MergeSource[];
  /** The sources' answer combined: notes, evidence and `by` of every source, the latest time. */
  answer: Answer;
}

/** A question as merged: one answer (given once, or the same in several files), or a conflict. */
export type MergeItem =
  | { id: string; type: 'one'; position: MergePosition }
  | { id: string; type: 'conflict'; positions: MergePosition[] };

/** How a conflict is settled: by rule, or by the person running the merge. */
export type MergeRule = 'latest' | 'first';
export type Resolution = MergeRule | 'asked';

/** A settled conflict: which position won, and how. */
export interface Decision {
  id: string;
  chosen: number;
  how: Resolution;
}

/** Everything about a merge before conflicts are settled. */
export interface MergePlan {
  index: ChecklistIndex;
  inputs: readonly MergeInput[];
  /** Everyone who gave an answer, by merged key, in order of first appearance. */
  contributors: Record<string, Contributor>;
  /** For each input, the merged key of its own respondent. */
  respondentKeys: string[];
  items: MergeItem[];
}
