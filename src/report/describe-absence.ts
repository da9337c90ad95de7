import type { Answer, ChecklistIndex } from '../model/checklist.js';
import { answerKind } from '../model/answer-kinds/index.js';
import { listOf, type Translate } from '../i18n/format.js';
import type { QuestionScore } from '../score/types.js';
import { reportWords } from './view-questions.js';

/**
 * Why a question is not in place by dependency, in the words the interview, `score` and reports share:
 * "Not in place (because PRO-HLP-01 is No)". `answerOf` gives a gate's answer in words, or undefined when the gate
 * is itself not in place; `lang` is the language of `t`, for joining several gates.
 */
export function describeAbsence(
  gates: readonly string[],
  answerOf: (id: string) => string | undefined,
  t: Translate,
  lang: string,
): string {
  const said = gates.map((id) => {
    const answer = answerOf(id);
    return answer === undefined ? t('status.gateAbsent', { id }) : t('status.gateAnswer', { id, answer });
  });
  return t('status.absentBecause', { gates: listOf(said, lang) });
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
  const answerOf = (id: string): string | undefined => {
    const iq = index.byId.get(id);
    const answer = answers[id];
    if (!iq || !answer || scores.get(id)?.status === 'absent') return undefined;
    return answerKind(iq).describe(iq, answer, reportWords(index.checklist.language, t)) ?? '';
  };
  return describeAbsence(q.dependsOn, answerOf, t, language);
}
