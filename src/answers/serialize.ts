import { stringify } from 'yaml';
import type { Answer, AnswersFile } from '../model/checklist.js';

const ANSWER_KEYS: (keyof Answer)[] = [
  'level',
  'value',
  'na',
  'unknown',
  'skipped',
  'inapplicable',
  'notes',
  'evidence',
  'responsible',
  'target',
  'digest',
  'answered',
  'by',
];

/** How answers files are written: no folding of long lines, an object used twice is written out twice. */
export const YAML_OPTIONS = { lineWidth: 0, aliasDuplicateObjects: false } as const;

/** An answer with its fields in the order answers files write them; fields it lacks (or other keys) are left out. */
export function orderedAnswer(answer: Answer): Record<string, unknown> {
  const ordered: Record<string, unknown> = {};
  for (const key of ANSWER_KEYS) if (answer[key] !== undefined) ordered[key] = answer[key];
  return ordered;
}

/** The header of an answers file: everything before `answers`, with a stable key order. */
export function answersHeader(file: AnswersFile): Record<string, unknown> {
  return {
    format: file.format,
    checklist: file.checklist,
    ...(file.language === undefined ? {} : { language: file.language }),
    respondent: file.respondent,
    ...(file.contributors === undefined ? {} : { contributors: file.contributors }),
  };
}

/**
 * Renders an answers file as YAML with a stable key order, so files diff cleanly. The interview saves the same
 * bytes piece by piece (answers-text.ts); this is the whole-file form, and the reference that one is tested against.
 */
export function serializeAnswers(file: AnswersFile): string {
  const answers: Record<string, Answer> = {};
  for (const [id, answer] of Object.entries(file.answers)) answers[id] = orderedAnswer(answer);
  return stringify({ ...answersHeader(file), answers }, YAML_OPTIONS);
}
