import { answerKind } from '../model/answer-kinds/index.js';
import type { Answer, IndexedQuestion } from '../model/checklist.js';
import { localize } from '../model/checklist.js';
import type { Translate } from '../i18n/format.js';

/** One answer a respondent can pick or name: its key and its words. */
export interface Named {
  key: string;
  label: string;
  description?: string | undefined;
}

/**
 * How a question is answered in a cell, read from its answer kind's offer (never from the kind's name): one of a
 * list, some of a list, a number, or text. `others` is whether "Not applicable" and "Don't know" are offered (as on
 * the paper questionnaire: scored questions only).
 */
export type AnswerForm = { others: boolean } & (
  | { type: 'pick'; picks: Named[] }
  | { type: 'options'; options: Named[] }
  | { type: 'number'; min: number | undefined; max: number | undefined; unit: string | undefined }
  | { type: 'text' }
);

/** The form of a question's answer cell, in the checklist's language. */
export function answerForm(q: IndexedQuestion, t: Translate, lang: string): AnswerForm {
  const offer = answerKind(q).offer(q, t);
  const others = q.max !== undefined;
  const word = (v: Parameters<typeof localize>[0]): string => localize(v, lang).trim();
  if (offer.type === 'pick')
    return {
      others,
      type: 'pick',
      picks: offer.picks.map((p) => ({
        key: p.key,
        label: word(p.label),
        description: p.description === undefined ? undefined : word(p.description),
      })),
    };
  const entry = offer.entry;
  if (entry.type === 'options')
    return {
      others,
      type: 'options',
      options: entry.options.map((o) => ({ key: o.key, label: word(o.label) })),
    };
  if (entry.type === 'number')
    return { others, type: 'number', min: entry.min, max: entry.max, unit: entry.unit };
  return { others, type: 'text' };
}

/** The answer fields a picked key stands for (the kind's own rule, as the interview uses it). */
export function pickedAnswer(q: IndexedQuestion, key: string): Pick<Answer, 'level' | 'value'> {
  return answerKind(q).answerFor(key);
}

/** The key of the pick an existing answer stands for, if it is a pick. */
export function currentKey(q: IndexedQuestion, answer: Answer): string | undefined {
  const pick = answerKind(q).currentPick(q, answer);
  return pick?.startsWith('a:') === true ? pick.slice(2) : undefined;
}
