import { applies as appliesTo, gateOf, isConditionRecord } from '../model/applicability.js';
import type { ChecklistIndex, IndexedQuestion } from '../model/checklist.js';
import { conditionRefs } from '../model/conditions.js';
import { describeAbsence } from '../report/describe-absence.js';
import { isDone, measureProgress, questionStatus } from './answer-status.js';
import type { PromptChoice } from './prompter-types.js';
import { describeAnswer, label, pillarLabel } from './question-view.js';
import type { Session } from './session.js';
import { translator } from '../i18n/format.js';
import { currentLanguage } from '../i18n/index.js';

/** One line per question of a section: id, answer (or state), and the start of the text. */
export function sectionLines(
  session: Session,
  sectionIndex: number,
): { index: number; line: string; applies: boolean }[] {
  const { index, file, applies } = session;
  const t = translator();
  return index.questions
    .filter((q) => q.sectionIndex === sectionIndex)
    .map((q) => {
      const answer = file.answers[q.question.id];
      const apply = appliesTo(applies, q.question.id);
      const state =
        gateOf(applies, q.question.id) === 'absent'
          ? absenceOf(session, q)
          : !apply && isConditionRecord(answer)
            ? t('interview.review.notApplicableByCondition')
            : answer
              ? describeAnswer(index, q, answer)
              : t('interview.review.notAnswered');
      return {
        index: q.index,
        applies: apply,
        line: `${q.question.id.padEnd(12)} ${label(index, q.question.text, 50).padEnd(50)}  ${state}`,
      };
    });
}

/** The title of a section with its pillar: `Protection > Reporting`. */
export function sectionTitle(index: ChecklistIndex, sectionIndex: number): string {
  const section = index.checklist.sections[sectionIndex];
  if (!section) return '';
  return translator()('interview.where', {
    pillar: pillarLabel(index, section.pillar),
    section: label(index, section.title, 80),
  });
}

/** Shows a section's answers; resolves to a question index to change, or undefined to go on. */
export async function reviewSection(session: Session, sectionIndex: number): Promise<number | undefined> {
  const t = translator();
  const choices: PromptChoice<string>[] = [
    { value: 'done', name: t('interview.review.continue') },
    ...sectionLines(session, sectionIndex).map((l) => ({
      value: String(l.index),
      name: l.line,
      disabled: l.applies ? false : ' ',
    })),
  ];
  const picked = await session.prompter.select(
    t('interview.review.prompt', { section: sectionTitle(session.index, sectionIndex) }),
    choices,
  );
  return picked === 'done' ? undefined : Number(picked);
}

/** Asks which section to go to, showing how much of each is done. */
export async function chooseSection(session: Session, current: number): Promise<number | undefined> {
  const { index, file, applies } = session;
  const t = translator();
  const progress = measureProgress(index, file.answers, applies);
  const choices: PromptChoice<string>[] = [
    { value: 'cancel', name: t('interview.jump.stay') },
    ...index.checklist.sections.map((_s, i) => ({
      value: String(i),
      name: t('interview.jump.section', {
        section: sectionTitle(index, i),
        done: progress.sectionDone[i] ?? 0,
        total: progress.sectionTotal[i] ?? 0,
      }),
    })),
  ];
  const picked = await session.prompter.select(t('interview.jump.prompt'), choices, {
    default: String(current),
  });
  return picked === 'cancel' ? undefined : Number(picked);
}

/** True when every applicable question of a section is answered, not applicable, or skipped. */
export function sectionSettled(session: Session, sectionIndex: number): boolean {
  return session.index.questions
    .filter((q) => q.sectionIndex === sectionIndex)
    .every((q) => {
      const status = questionStatus(
        q,
        session.file.answers[q.question.id],
        gateOf(session.applies, q.question.id),
      );
      return isDone(status) || status === 'skipped';
    });
}

/** "Not in place (because PRO-HLP-01 is No)": why a question is not asked, from the answers to its gates. */
function absenceOf(session: Session, q: IndexedQuestion): string {
  const { index, file, applies } = session;
  const gates = [...new Set(q.question.requires ? conditionRefs(q.question.requires) : [])];
  const answerOf = (id: string): string | undefined => {
    const gate = index.byId.get(id);
    const answer = file.answers[id];
    return gateOf(applies, id) === 'absent' || !gate || !answer
      ? undefined
      : describeAnswer(index, gate, answer);
  };
  return describeAbsence(gates, answerOf, translator(), currentLanguage());
}
