import type { AnswersFile, ChecklistIndex } from '../model/checklist.js';
import type { Diagnostic } from '../model/diagnostic.js';
import { staleAnswers } from '../model/stale-answers.js';
import { checkAnswers } from '../validate/answers-rules.js';
import { positionFindings, validateAnswersFit, type ShapedAnswers } from '../validate/validate-document.js';

/**
 * Checks one side's answers: against its own checklist version when it is at hand, else against the compared
 * checklist over the questions that are still there with the same wording (the others are reported as
 * version differences, not errors). Changed questions are left to the version differences, which report
 * each one, so they are not reported twice.
 */
export function checkSide(
  shaped: ShapedAnswers,
  own: ChecklistIndex | undefined,
  index: ChecklistIndex,
): Diagnostic[] {
  if (own) return validateAnswersFit(shaped, own).diagnostics.filter((d) => d.code !== 'question-changed');
  const { parsed, file, answers } = shaped;
  const stale = new Set(staleAnswers(answers, index));
  const kept: AnswersFile['answers'] = {};
  for (const [id, answer] of Object.entries(answers.answers)) {
    if (index.byId.has(id) && !stale.has(id)) kept[id] = answer;
  }
  const findings = checkAnswers({ ...answers, answers: kept }, index).filter(
    (f) => f.code !== 'digest-mismatch' && f.code !== 'question-changed',
  );
  return positionFindings(parsed, file, findings);
}
