import { isConditionRecord } from '../model/applicability.js';
import type { Answer, IndexedQuestion } from '../model/checklist.js';
import { measureProgress } from './answer-status.js';
import { answerFor, currentChoice, questionChoices } from './answer-choices.js';
import { askNotes, askNotesAndEvidence, askValue } from './answer-details.js';
import { guidanceBlock, questionBlock, questionLine } from './question-view.js';
import { recordAnswer, type Session } from './session.js';
import { translator } from '../i18n/format.js';

/** What the respondent did at a question: answered or skipped it, or asked to go elsewhere. */
export type QuestionAction = 'answered' | 'skipped' | 'back' | 'review' | 'jump' | 'quit';

/** Asks one question and records the answer; every answer is saved before the next prompt. */
export async function askQuestion(
  session: Session,
  q: IndexedQuestion,
  canGoBack: boolean,
): Promise<QuestionAction> {
  const { prompter, index, file } = session;
  const t = translator();
  const id = q.question.id;
  const previous = file.answers[id];
  prompter.print(questionBlock(index, q, measureProgress(index, file.answers, session.applies), previous));
  const answered = previous !== undefined && !previous.skipped && !isConditionRecord(previous);
  const choices = questionChoices(index, q, canGoBack, answered);
  const def = currentChoice(q, previous);
  for (;;) {
    const choice = await prompter.select(
      t('interview.prompt.answerTo', { id }),
      choices,
      def ? { default: def } : {},
    );
    switch (choice) {
      case 'guidance':
        // The question again under the guidance, so that it stays in view on a short terminal.
        prompter.print(`${guidanceBlock(index, q)}\n\n${questionLine(index, q)}`);
        continue;
      case 'details':
        await askNotesAndEvidence(session, id);
        return 'answered';
      case 'back':
      case 'review':
      case 'jump':
      case 'quit':
        return choice;
      case 'skip':
        if (!previous || previous.skipped) await recordAnswer(session, id, { skipped: true });
        return 'skipped';
      case 'unknown':
        await recordAnswer(session, id, { ...kept(previous), unknown: true });
        if (session.details) await askNotes(session, id);
        return 'answered';
      case 'na': {
        const reason = await prompter.input(t('interview.prompt.naReason'), {
          default: previous?.na && !isConditionRecord(previous) ? previous.na.reason : '',
          validate: (v) => (v.trim() === '' ? t('interview.invalid.naReason') : true),
        });
        await recordAnswer(session, id, { ...kept(previous), na: { reason: reason.trim() } });
        if (session.details) await askNotes(session, id);
        return 'answered';
      }
      case 'enter': {
        const value = await askValue(session, q, previous);
        await recordAnswer(session, id, { ...kept(previous), value });
        if (session.details) await askNotesAndEvidence(session, id);
        return 'answered';
      }
      default:
        await recordAnswer(session, id, { ...kept(previous), ...answerFor(q, choice.slice(2)) });
        if (session.details) await askNotesAndEvidence(session, id);
        return 'answered';
    }
  }
}

/** Notes, evidence, responsible entity and target date survive a changed answer; the answer itself is replaced. */
function kept(previous: Answer | undefined): Answer {
  const out: Answer = {};
  if (previous?.notes !== undefined) out.notes = previous.notes;
  if (previous?.evidence !== undefined) out.evidence = previous.evidence;
  if (previous?.responsible !== undefined) out.responsible = previous.responsible;
  if (previous?.target !== undefined) out.target = previous.target;
  return out;
}
