import type { Translate } from '../i18n/format.js';
import { answerKind } from '../model/answer-kinds/index.js';
import type { ChecklistIndex, Condition } from '../model/checklist.js';
import { reportWords } from './view-questions.js';

/** A condition in words, for a paper questionnaire: "you answered “Yes” to PRO-HLP-01 and you answered “Started” or a higher level to PRV-ENF-01". */
export function describeCondition(condition: Condition, index: ChecklistIndex, t: Translate): string {
  if ('all' in condition) return condition.all.map((c) => group(c, index, t)).join(t('condition.and'));
  if ('any' in condition) return condition.any.map((c) => group(c, index, t)).join(t('condition.or'));
  if ('not' in condition)
    return t('condition.not', { condition: describeCondition(condition.not, index, t) });
  const id = condition.question;
  const name = (ref: string | number | boolean): string => refName(index, id, ref, t);
  if (condition.answered !== undefined)
    return t(condition.answered ? 'condition.answered' : 'condition.notAnswered', { id });
  if (condition.equals !== undefined) return t('condition.equals', { id, value: name(condition.equals) });
  if (condition.in !== undefined)
    return t('condition.in', { id, values: condition.in.map(name).join(t('condition.or')) });
  if (condition.atLeast !== undefined) return t('condition.atLeast', { id, value: name(condition.atLeast) });
  return id;
}

function group(c: Condition, index: ChecklistIndex, t: Translate): string {
  return 'all' in c || 'any' in c ? `(${describeCondition(c, index, t)})` : describeCondition(c, index, t);
}

function refName(index: ChecklistIndex, id: string, ref: string | number | boolean, t: Translate): string {
  const q = index.byId.get(id);
  const lang = index.checklist.language;
  if (typeof ref === 'boolean' || ref === 'yes' || ref === 'no')
    return t(ref === true || ref === 'yes' ? 'condition.yes' : 'condition.no');
  const named = q ? answerKind(q).refLabel(q, ref, reportWords(lang, t)) : undefined;
  return named === undefined ? String(ref) : t('condition.label', { label: named });
}
