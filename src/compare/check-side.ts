import type { AnswersFile, ChecklistIndex } from '../model/checklist.js';
import type { Diagnostic } from '../model/diagnostic.js';
import type { ParsedYaml } from '../load/parse-yaml.js';
import { questionDigest } from '../model/digest.js';
import { checkAnswers } from '../validate/answers-rules.js';
import { positionFindings, validateAnswersDocument } from '../validate/validate-document.js';

/**
 * Checks one side's answers: against its own checklist version when it is at hand, else against the compared
 * checklist over the questions that are still there with the same wording (the others are reported as
 * version differences, not errors).
 */
export function checkSide(
  parsed: ParsedYaml,
  file: string,
  answers: AnswersFile,
  own: ChecklistIndex | undefined,
  index: ChecklistIndex,
): Diagnostic[] {
  if (own) return validateAnswersDocument(parsed, file, own).diagnostics;
  const kept: AnswersFile['answers'] = {};
  for (const [id, answer] of Object.entries(answers.answers)) {
    const q = index.byId.get(id);
    if (q && (answer.digest === undefined || answer.digest === questionDigest(q))) kept[id] = answer;
  }
  const findings = checkAnswers({ ...answers, answers: kept }, index).filter(
    (f) => f.code !== 'digest-mismatch',
  );
  return positionFindings(parsed, file, findings);
}
