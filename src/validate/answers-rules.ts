import type { Finding } from '../model/diagnostic.js';
import type { AnswersFile, ChecklistIndex } from '../model/checklist.js';
import { answerKind } from '../model/answer-kinds/index.js';
import { applicability, applies, isConditionRecord } from '../model/applicability.js';
import { translator } from '../i18n/format.js';
import { wordingFindings } from './wording-rules.js';
import { contributorFindings } from './contributor-rules.js';

/** Checks a schema-valid answers file against the checklist it names. */
export function checkAnswers(answers: AnswersFile, index: ChecklistIndex): Finding[] {
  const t = translator();
  const findings: Finding[] = [];
  const { checklist } = index;
  if (answers.checklist.id !== checklist.id) {
    findings.push({
      code: 'checklist-mismatch',
      severity: 'error',
      path: ['checklist', 'id'],
      message: t('validate.checklist-mismatch', { answers: answers.checklist.id, checklist: checklist.id }),
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
        message: t('validate.unknown-question', { id, checklist: checklist.id, version: checklist.version }),
      });
      continue;
    }
    if (answer.na && answer.na.reason.trim() === '') {
      findings.push({
        code: 'na-without-reason',
        severity: 'error',
        path: [...path, 'na', 'reason'],
        message: t('validate.na-without-reason', { id }),
      });
    }
    findings.push(...valueFindings(q, answer, path));
  }
  findings.push(...flagFindings(answers, index));
  findings.push(...wordingFindings(answers, index));
  findings.push(...contributorFindings(answers));
  return findings;
}

/**
 * Stored flags that say a question does not apply, on questions that do. Applicability is computed from the
 * checklist and the answers; the flags are derived output, so a disagreeing one is reported and ignored.
 */
function flagFindings(answers: AnswersFile, index: ChecklistIndex): Finding[] {
  const t = translator();
  const applying = applicability(index, answers.answers);
  const findings: Finding[] = [];
  for (const [id, answer] of Object.entries(answers.answers)) {
    const q = index.byId.get(id);
    if (!q || !applies(applying, id)) continue;
    const unconditional = q.question.when === undefined;
    if (answer.inapplicable) {
      findings.push({
        code: 'applicability-mismatch',
        severity: 'warning',
        path: ['answers', id, 'inapplicable'],
        message: unconditional
          ? t('validate.applicability-mismatch.inapplicable.unconditional', { id })
          : t('validate.applicability-mismatch.inapplicable.conditionMet', { id }),
      });
    }
    if (isConditionRecord(answer)) {
      findings.push({
        code: 'applicability-mismatch',
        severity: 'warning',
        path: ['answers', id, 'na', 'byCondition'],
        message: unconditional
          ? t('validate.applicability-mismatch.naByCondition.unconditional', { id })
          : t('validate.applicability-mismatch.naByCondition.conditionMet', { id }),
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
