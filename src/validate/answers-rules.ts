import type { Finding } from '../model/diagnostic.js';
import type { AnswersFile, ChecklistIndex } from '../model/checklist.js';
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

const KIND_NAMES: Record<string, string> = {
  yesno: 'yes/no',
  choice: 'choice',
  multi: 'multiple-choice',
  number: 'number',
  text: 'text',
};

function valueFindings(
  q: ChecklistIndex['questions'][number],
  answer: AnswersFile['answers'][string],
  path: string[],
): Finding[] {
  const id = q.question.id;
  const bad = (code: Finding['code'], key: string, message: string): Finding[] => [
    { code, severity: 'error', path: [...path, key], message },
  ];
  if (answer.level !== undefined) {
    if (q.kind !== 'scale')
      return bad(
        'answer-kind',
        'level',
        `${id} is a ${KIND_NAMES[q.kind]} question: give "value", not "level"`,
      );
    if (!q.scale?.some((l) => l.key === answer.level)) {
      return bad(
        'unknown-level',
        'level',
        `"${answer.level}" is not a level of ${id} (${(q.scale ?? []).map((l) => l.key).join(', ')})`,
      );
    }
    return [];
  }
  if (answer.value === undefined) return [];
  const v = answer.value;
  const options = q.question.options ?? [];
  switch (q.kind) {
    case 'scale':
      return bad(
        'answer-kind',
        'value',
        `${id} is answered on a scale: give "level" (${(q.scale ?? []).map((l) => l.key).join(', ')})`,
      );
    case 'yesno':
      return typeof v === 'boolean'
        ? []
        : bad('answer-kind', 'value', `${id} is a yes/no question: value must be true or false`);
    case 'choice':
      if (typeof v !== 'string')
        return bad('answer-kind', 'value', `${id} is a choice question: value must be one option key`);
      return options.some((o) => o.key === v)
        ? []
        : bad(
            'unknown-option',
            'value',
            `"${v}" is not an option of ${id} (${options.map((o) => o.key).join(', ')})`,
          );
    case 'multi': {
      if (!Array.isArray(v))
        return bad(
          'answer-kind',
          'value',
          `${id} is a multiple-choice question: value must be a list of option keys`,
        );
      const unknown = v.filter((k) => !options.some((o) => o.key === k));
      return unknown.length === 0
        ? []
        : bad('unknown-option', 'value', `${unknown.map((k) => `"${k}"`).join(', ')} not an option of ${id}`);
    }
    case 'number':
      if (typeof v !== 'number')
        return bad('answer-kind', 'value', `${id} is a number question: value must be a number`);
      if (
        (q.question.min !== undefined && v < q.question.min) ||
        (q.question.max !== undefined && v > q.question.max)
      ) {
        return bad(
          'answer-kind',
          'value',
          `${v} is outside the range ${q.question.min ?? '-∞'}-${q.question.max ?? '∞'} of ${id}`,
        );
      }
      return [];
    case 'text':
      return typeof v === 'string'
        ? []
        : bad('answer-kind', 'value', `${id} is a text question: value must be text`);
  }
}
