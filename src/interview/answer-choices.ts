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
  switch (q.kind) {
    case 'scale':
      return (q.scale ?? []).map((l) => ({
        value: `a:${l.key}` as const,
        name: label(index, l.label, 100),
        ...(l.description !== undefined ? { description: label(index, l.description, 300) } : {}),
      }));
    case 'yesno':
      return [
        { value: 'a:yes', name: 'Yes' },
        { value: 'a:no', name: 'No' },
      ];
    case 'choice':
      return (q.question.options ?? []).map((o) => ({
        value: `a:${o.key}` as const,
        name: label(index, o.label, 100),
      }));
    case 'multi':
      return [{ value: 'enter', name: 'Choose options…' }];
    case 'number':
      return [{ value: 'enter', name: 'Enter a number…' }];
    case 'text':
      return [{ value: 'enter', name: 'Enter text…' }];
  }
}

/** The choice that stands for an existing answer, used as the prompt's default. */
export function currentChoice(q: IndexedQuestion, answer: Answer | undefined): QuestionChoice | undefined {
  if (!answer || answer.skipped) return undefined;
  if (answer.na) return 'na';
  if (answer.unknown) return 'unknown';
  if (answer.level !== undefined && q.scale?.some((l) => l.key === answer.level)) return `a:${answer.level}`;
  if (q.kind === 'yesno' && typeof answer.value === 'boolean') return answer.value ? 'a:yes' : 'a:no';
  if (q.kind === 'choice' && typeof answer.value === 'string') {
    return q.question.options?.some((o) => o.key === answer.value) ? `a:${answer.value}` : undefined;
  }
  if (answer.value !== undefined && (q.kind === 'multi' || q.kind === 'number' || q.kind === 'text'))
    return 'enter';
  return undefined;
}

/** The answer fields a picked `a:<key>` stands for. */
export function answerFor(q: IndexedQuestion, key: string): Pick<Answer, 'level' | 'value'> {
  if (q.kind === 'scale') return { level: key };
  if (q.kind === 'yesno') return { value: key === 'yes' };
  return { value: key };
}
