import { applies as appliesTo, gateOf, isConditionRecord } from '../model/applicability.js';
import type { ChecklistIndex, IndexedQuestion } from '../model/checklist.js';
import { conditionRefs } from '../model/conditions.js';
import { describeAbsence } from '../report/describe-absence.js';
import { isDone, measureProgress, questionStatus } from './answer-status.js';
import type { PromptChoice } from './prompter-types.js';
import { describeAnswer, label, pillarLabel } from './question-view.js';
import type { Session } from './session.js';
import { displayWidth, fitWidth, padWidth } from './wrap-text.js';
import { askRespondentDetails, describeRespondent } from './respondent.js';
import { translator } from '../i18n/format.js';
import { currentLanguage } from '../i18n/index.js';

/**
 * One line per question of a section: id, the start of the text, and the answer (or state), fitted to the
 * terminal's width: the text is shortened first, then left out, before the answer is cut.
 */
export function sectionLines(
  session: Session,
  sectionIndex: number,
): { index: number; line: string; applies: boolean }[] {
  const { index, file, applies } = session;
  const t = translator();
  const questions = index.questions.filter((q) => q.sectionIndex === sectionIndex);
  // Room for a line in a menu: the terminal's width less the menu's pointer and number ("❯ 12. ").
  const room = Math.max((session.prompter.columns?.() ?? 100) - 8, 24);
  const idWidth = Math.min(12, Math.max(...questions.map((q) => displayWidth(q.question.id))));
  const states = questions.map((q) => {
    const answer = file.answers[q.question.id];
    return gateOf(applies, q.question.id) === 'absent'
      ? absenceOf(session, q)
      : !appliesTo(applies, q.question.id) && isConditionRecord(answer)
        ? t('interview.review.notApplicableByCondition')
        : answer
          ? describeAnswer(index, q, answer)
          : t('interview.review.notAnswered');
  });
  // The wide layout when every line fits it, else every line fitted alike, so that the columns line up.
  const wide = states.every((state) => room >= 12 + 1 + 50 + 2 + displayWidth(state));
  const stateWidth = Math.min(
    Math.max(...states.map(displayWidth)),
    Math.max(Math.floor((room - idWidth - 1) / 2), room - idWidth - 1 - 24),
  );
  return questions.map((q, i) => {
    const state = states[i] ?? '';
    const apply = appliesTo(applies, q.question.id);
    const id = q.question.id;
    if (wide) {
      const line = `${id.padEnd(12)} ${label(index, q.question.text, 50).padEnd(50)}  ${state}`;
      return { index: q.index, applies: apply, line };
    }
    const shownState = fitWidth(state, Math.max(stateWidth, 10));
    const textRoom = Math.min(room - idWidth - 1 - Math.max(stateWidth, 10) - 2, 50);
    const text =
      textRoom >= 10 ? `${padWidth(fitWidth(label(index, q.question.text, 50), textRoom), textRoom)}  ` : '';
    return { index: q.index, applies: apply, line: `${padWidth(id, idWidth)} ${text}${shownState}` };
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
  for (;;) {
    const choices: PromptChoice<string>[] = [
      { value: 'done', name: t('interview.review.continue') },
      ...sectionLines(session, sectionIndex).map((l) => ({
        value: String(l.index),
        name: l.line,
        disabled: l.applies ? false : ' ',
      })),
      {
        value: 'respondent',
        name: t('interview.choice.respondent'),
        description: describeRespondent(session.file),
      },
    ];
    const picked = await session.prompter.select(
      t('interview.review.prompt', { section: sectionTitle(session.index, sectionIndex) }),
      choices,
    );
    if (picked !== 'respondent') return picked === 'done' ? undefined : Number(picked);
    session.prompter.print(t('interview.respondent.change'));
    await askRespondentDetails(session);
  }
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
