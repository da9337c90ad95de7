import { answerKind } from '../model/answer-kinds/index.js';
import type { Answer, ChecklistIndex, IndexedQuestion } from '../model/checklist.js';
import { SEPARATOR, type PromptChoice, type PromptSeparator } from './prompter-types.js';
import { label } from './question-view.js';

/** What the respondent can pick at a question: an answer (`a:<key>`, `enter`) or an action. */
export type QuestionChoice =
  `a:${string}` | 'enter' | 'guidance' | 'na' | 'unknown' | 'skip' | 'back' | 'review' | 'jump' | 'quit';

/** The choices offered for a question, answers first, then the other ways out. */
export function questionChoices(
  index: ChecklistIndex,
  q: IndexedQuestion,
  canGoBack: boolean,
): (PromptChoice<QuestionChoice> | PromptSeparator)[] {
  const choices: (PromptChoice<QuestionChoice> | PromptSeparator)[] = [...answerChoices(index, q), SEPARATOR];
  if (q.question.guidance !== undefined || q.question.evidence !== undefined)
    choices.push({ value: 'guidance', name: 'Show guidance' });
  choices.push(
    { value: 'na', name: 'Not applicable…', description: 'You will be asked why.' },
    { value: 'unknown', name: "Don't know", description: 'Recorded as a data gap.' },
    { value: 'skip', name: 'Skip for now', description: 'Stays unanswered; offered again at the end.' },
    { value: 'back', name: 'Back', disabled: canGoBack ? false : '(this is the first question)' },
    { value: 'review', name: 'Review section' },
    { value: 'jump', name: 'Jump to section…' },
    { value: 'quit', name: 'Save and quit' },
  );
  return choices;
}

function answerChoices(index: ChecklistIndex, q: IndexedQuestion): PromptChoice<QuestionChoice>[] {
  const offer = answerKind(q).offer(q);
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
