import type { Finding } from '../model/diagnostic.js';
import type { AnswersFile, ChecklistIndex } from '../model/checklist.js';
import { answerKind } from '../model/answer-kinds/index.js';
import { applicability, applies, isConditionRecord } from '../model/applicability.js';
import { wordingFindings } from './wording-rules.js';

/** Checks a schema-valid answers file against the checklist it names. */
export function checkAnswers(answers: AnswersFile, index: ChecklistIndex): Finding[] {
  const findings: Finding[] = [];
  const { checklist } = index;
  if (answers.checklist.id !== checklist.id) {
    findings.push({
      code: 'checklist-mismatch',
      severity: 'error',
      path: ['checklist', 'id'],
      message: `answers are for checklist "${answers.checklist.id}", but were checked against "${checklist.id}"`,
    });
    return findings;
  }
  for (const [id, answer] of Object.entries(answers.answers)) {
    const path = ['answers', id];
    const q = index.byId.get(id);
    if (!q) {
      findings.push({
        code: 'unknown-question',
        severity: 'error',
        path,
        atKey: true,
        message: `question "${id}" is not in ${checklist.id} ${checklist.version}`,
      });
      continue;
    }
    if (answer.na && answer.na.reason.trim() === '') {
      findings.push({
        code: 'na-without-reason',
        severity: 'error',
        path: [...path, 'na', 'reason'],
        message: `"not applicable" for ${id} needs a reason`,
      });
    }
    findings.push(...valueFindings(q, answer, path));
  }
  findings.push(...flagFindings(answers, index));
  findings.push(...wordingFindings(answers, index));
  return findings;
}

/**
 * Stored flags that say a question does not apply, on questions that do. Applicability is computed from the
 * checklist and the answers; the flags are derived output, so a disagreeing one is reported and ignored.
 */
function flagFindings(answers: AnswersFile, index: ChecklistIndex): Finding[] {
  const applying = applicability(index, answers.answers);
  const findings: Finding[] = [];
  for (const [id, answer] of Object.entries(answers.answers)) {
    const q = index.byId.get(id);
    if (!q || !applies(applying, id)) continue;
    const why =
      q.question.when === undefined ? 'it has no condition' : 'its condition on earlier answers is met';
    if (answer.inapplicable) {
      findings.push({
        code: 'applicability-mismatch',
        severity: 'warning',
        path: ['answers', id, 'inapplicable'],
        message: `${id} is marked "inapplicable", but it applies (${why}): the mark is ignored and the answer is scored`,
      });
    }
    if (isConditionRecord(answer)) {
      findings.push({
        code: 'applicability-mismatch',
        severity: 'warning',
        path: ['answers', id, 'na', 'byCondition'],
        message: `${id} is recorded as not applicable by condition, but it applies (${why}): it is scored as unanswered`,
      });
    }
  }
  return findings;
}

function valueFindings(
  q: ChecklistIndex['questions'][number],
  answer: AnswersFile['answers'][string],
  path: string[],
): Finding[] {
  const problem = answerKind(q).answerProblem(q, answer);
  return problem
    ? [{ code: problem.code, severity: 'error', path: [...path, problem.field], message: problem.message }]
    : [];
}
