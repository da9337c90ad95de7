import type { ChecklistIndex, IndexedQuestion } from '../model/checklist.js';
import { localize } from '../model/checklist.js';
import type { Translate } from '../i18n/format.js';
import { describeCondition } from '../report/describe-condition.js';
import { splitAnswerGuidance } from '../report/split-answer-guidance.js';
import { plainMarkdown } from '../text/plain-markdown.js';
import type { AnswerForm } from './answer-form.js';

/** Longest guidance summary, in characters: the first paragraph, cut at a word. */
const SUMMARY_CHARS = 420;

/** The words of a question's row: its text with its conditions, a guidance summary, and the answers it takes. */
export interface QuestionWords {
  question: string;
  guidance: string;
  choices: string;
}

/** The fixed text of a question's row, in the checklist's language. */
export function questionWords(
  index: ChecklistIndex,
  q: IndexedQuestion,
  form: AnswerForm,
  t: Translate,
): QuestionWords {
  const lang = index.checklist.language;
  const question = q.question;
  const named = form.type === 'pick' ? form.picks : form.type === 'options' ? form.options : [];
  const split = splitAnswerGuidance(
    question.guidance ? localize(question.guidance, lang).trim() : '',
    named.map((n) => [n.label, n.key]),
  );
  const conditions = [question.when, question.requires].flatMap((c) =>
    c ? [t('questionnaire.answerOnlyIf', { condition: describeCondition(c, index, t) })] : [],
  );
  return {
    question: [localize(question.text, lang).trim(), ...conditions].join('\n'),
    guidance: summary(plainMarkdown(split.rest), t),
    choices: choicesText(form, split.descriptions, t),
  };
}

function summary(text: string, t: Translate): string {
  const paragraphs = text.split(/\n\s*\n/).map((p) => p.replace(/\s*\n\s*/g, ' ').trim());
  const first = paragraphs.find((p) => p !== '') ?? '';
  const more = paragraphs.filter((p) => p !== '').length > 1;
  if (first.length <= SUMMARY_CHARS) return more ? t('sheet.guidance.more', { summary: first }) : first;
  const cut = first.slice(0, SUMMARY_CHARS);
  const at = cut.lastIndexOf(' ');
  return t('sheet.guidance.more', { summary: (at > 0 ? cut.slice(0, at) : cut).trim() });
}

function choicesText(form: AnswerForm, descriptions: readonly (string | null)[], t: Translate): string {
  if (form.type === 'pick' || form.type === 'options') {
    const named = form.type === 'pick' ? form.picks : form.options;
    const lines = named.map((n, i) => {
      const description = descriptions[i] ?? n.description;
      return `• ${description ? t('sheet.choice.level', { label: n.label, description }) : n.label}`;
    });
    return [t(form.type === 'pick' ? 'sheet.choice.pickOne' : 'sheet.choice.pickMany'), ...lines].join('\n');
  }
  if (form.type === 'number') {
    const lines = [form.unit ? t('sheet.choice.numberUnit', { unit: form.unit }) : t('sheet.choice.number')];
    if (form.min !== undefined) lines.push(t('sheet.choice.min', { min: form.min }));
    if (form.max !== undefined) lines.push(t('sheet.choice.max', { max: form.max }));
    return lines.join(' ');
  }
  return t('sheet.choice.text');
}
