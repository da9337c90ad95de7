import type { Answer, ChecklistIndex } from '../model/checklist.js';
import { answerKind } from '../model/answer-kinds/index.js';
import type { Translate } from '../i18n/format.js';
import type { QuestionScore } from '../score/types.js';
import { reportWords } from './view-questions.js';

/** A question a dependency rests on: its id, and its answer in words (undefined when it is itself not in place). */
export interface GateView {
  id: string;
  answer: string | undefined;
}

/**
 * Why a question is not in place by dependency, in the words the interview, `score` and reports share:
 * "Not in place (because PRO-HLP-01 is No)". `lang` is the language of `t`, for joining several gates.
 */
export function describeAbsence(gates: readonly GateView[], t: Translate, lang: string): string {
  const said = gates.map(({ id, answer }) =>
    answer === undefined ? t('status.gateAbsent', { id }) : t('status.gateAnswer', { id, answer }),
  );
  const joined = new Intl.ListFormat(lang, { type: 'conjunction' }).format(said);
  return t('status.absentBecause', { gates: joined });
}

/**
 * Why a scored question is not in place, in a report: its gates' answers in the checklist's words, read
 * from the answers file ("Not in place (because PRO-HLP-01 is No)").
 */
export function reportAbsence(
  q: QuestionScore,
  index: ChecklistIndex,
  answers: Readonly<Record<string, Answer>>,
  scores: ReadonlyMap<string, QuestionScore>,
  t: Translate,
  language: string,
): string {
  const gates = q.dependsOn.map((id): GateView => {
    const iq = index.byId.get(id);
    const answer = answers[id];
    if (!iq || !answer || scores.get(id)?.status === 'absent') return { id, answer: undefined };
    return {
      id,
      answer: answerKind(iq).describe(iq, answer, reportWords(index.checklist.language, t)) ?? '',
    };
  });
  return describeAbsence(gates, t, language);
}
