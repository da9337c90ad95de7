import { answerKind } from '../model/answer-kinds/index.js';
import type { ChecklistIndex, Condition } from '../model/checklist.js';
import { reportWords } from './view-questions.js';

/** A condition in words, for a paper questionnaire: "PRO-HLP-01 is yes and PRV-ENF-01 is at least On paper only". */
export function describeCondition(condition: Condition, index: ChecklistIndex): string {
  if ('all' in condition) return condition.all.map((c) => group(c, index)).join(' and ');
  if ('any' in condition) return condition.any.map((c) => group(c, index)).join(' or ');
  if ('not' in condition) return `not (${describeCondition(condition.not, index)})`;
  const id = condition.question;
  const name = (ref: string | number | boolean): string => refName(index, id, ref);
  if (condition.answered !== undefined) return `${id} is ${condition.answered ? '' : 'not '}answered`;
  if (condition.equals !== undefined) return `${id} is ${name(condition.equals)}`;
  if (condition.in !== undefined) return `${id} is one of ${condition.in.map(name).join(', ')}`;
  if (condition.atLeast !== undefined) return `${id} is at least ${name(condition.atLeast)}`;
  return id;
}

function group(c: Condition, index: ChecklistIndex): string {
  return 'all' in c || 'any' in c ? `(${describeCondition(c, index)})` : describeCondition(c, index);
}

function refName(index: ChecklistIndex, id: string, ref: string | number | boolean): string {
  const q = index.byId.get(id);
  const lang = index.checklist.language;
  if (typeof ref === 'boolean' || ref === 'yes' || ref === 'no')
    return ref === true || ref === 'yes' ? 'yes' : 'no';
  const named = q ? answerKind(q).refLabel(q, ref, reportWords(lang)) : undefined;
  return named === undefined ? String(ref) : `“${named}”`;
}
