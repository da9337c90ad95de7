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

/** Renders an answers file as YAML with a stable key order, so files diff cleanly. */
export function serializeAnswers(file: AnswersFile): string {
  const answers: Record<string, Answer> = {};
  for (const [id, answer] of Object.entries(file.answers)) {
    const ordered: Record<string, unknown> = {};
    for (const key of ANSWER_KEYS) if (answer[key] !== undefined) ordered[key] = answer[key];
    answers[id] = ordered;
  }
  const doc = {
    format: file.format,
    checklist: file.checklist,
    respondent: file.respondent,
    ...(file.contributors === undefined ? {} : { contributors: file.contributors }),
    answers,
  };
  return stringify(doc, { lineWidth: 0, aliasDuplicateObjects: false });
}
