import { answerKind } from '../model/answer-kinds/index.js';
import type { Answer, ChecklistIndex, IndexedQuestion } from '../model/checklist.js';
import { SEPARATOR, type PromptChoice, type PromptSeparator } from './prompter-types.js';
import { label } from './question-view.js';
import { translator } from '../i18n/format.js';

/** What the respondent can pick at a question: an answer (`a:<key>`, `enter`) or an action. */
export type QuestionChoice =
  | `a:${string}`
  | 'enter'
  | 'guidance'
  | 'details'
  | 'na'
  | 'unknown'
  | 'skip'
  | 'back'
  | 'review'
  | 'jump'
  | 'quit';

/**
 * The choices offered for a question, answers first, then the other ways out; "Notes and evidence" once the
 * question has an answer (so details skipped with --no-details, or not asked, can be added later).
 */
export function questionChoices(
  index: ChecklistIndex,
  q: IndexedQuestion,
  canGoBack: boolean,
  answered = false,
): (PromptChoice<QuestionChoice> | PromptSeparator)[] {
  const t = translator();
  const choices: (PromptChoice<QuestionChoice> | PromptSeparator)[] = [...answerChoices(index, q), SEPARATOR];
  if (q.question.guidance !== undefined || q.question.evidence !== undefined)
    choices.push({ value: 'guidance', name: t('interview.choice.guidance') });
  if (answered)
    choices.push({
      value: 'details',
      name: t('interview.choice.details'),
      description: t('interview.choice.detailsHint'),
    });
  choices.push(
    {
      value: 'na',
      name: t('interview.choice.notApplicable'),
      description: t('interview.choice.notApplicableHint'),
    },
    {
      value: 'unknown',
      name: t('interview.choice.dontKnow'),
      description: t('interview.choice.dontKnowHint'),
    },
    { value: 'skip', name: t('interview.choice.skip'), description: t('interview.choice.skipHint') },
    {
      value: 'back',
      name: t('interview.choice.back'),
      disabled: canGoBack ? false : t('interview.choice.backDisabled'),
    },
    { value: 'review', name: t('interview.choice.review') },
    { value: 'jump', name: t('interview.choice.jump') },
    { value: 'quit', name: t('interview.choice.quit') },
  );
  return choices;
}

function answerChoices(index: ChecklistIndex, q: IndexedQuestion): PromptChoice<QuestionChoice>[] {
  const offer = answerKind(q).offer(q, translator());
  if (offer.type === 'enter') return [{ value: 'enter', name: offer.name }];
  return offer.picks.map((p) => ({
    value: `a:${p.key}` as const,
    name: label(index, p.label, 100),
    ...(p.description !== undefined ? { description: label(index, p.description, 300) } : {}),
  }));
}

/** The choice that stands for an existing answer, used as the prompt's default. */
export function currentChoice(q: IndexedQuestion, answer: Answer | undefined): QuestionChoice | undefined {
  if (!answer || answer.skipped) return undefined;
  if (answer.na) return 'na';
  if (answer.unknown) return 'unknown';
  return answerKind(q).currentPick(q, answer);
}

/** The answer fields a picked `a:<key>` stands for. */
export function answerFor(q: IndexedQuestion, key: string): Pick<Answer, 'level' | 'value'> {
  return answerKind(q).answerFor(key);
}
