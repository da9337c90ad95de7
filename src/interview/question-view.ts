import { answerKind, type AnswerWords } from '../model/answer-kinds/index.js';
import type { Answer, ChecklistIndex, IndexedQuestion } from '../model/checklist.js';
import { categoryId, categoryLabel, localize } from '../model/checklist.js';
import { oneLine, stripControl } from '../text/sanitize.js';
import { plainMarkdown } from '../text/plain-markdown.js';
import type { Progress } from './answer-status.js';

/** Display text of a localized checklist string, safe for the terminal, on one line. */
export function label(index: ChecklistIndex, value: Parameters<typeof localize>[0], max = 200): string {
  return oneLine(localize(value, index.checklist.language), max);
}

/** The label of a pillar id, as the checklist declares it. */
export function pillarLabel(index: ChecklistIndex, pillar: string): string {
  const lang = index.checklist.language;
  const category = index.checklist.pillars.find((p) => categoryId(p) === pillar);
  return oneLine(category ? categoryLabel(category, lang) : pillar, 80);
}

/** `[37/112] Protection > Reporting  (section 3/8 done, 33% overall)` */
export function progressLine(index: ChecklistIndex, q: IndexedQuestion, progress: Progress): string {
  const where = `${pillarLabel(index, q.section.pillar)} > ${label(index, q.section.title, 80)}`;
  const s = q.sectionIndex;
  const percent = progress.total === 0 ? 100 : Math.floor((progress.done / progress.total) * 100);
  return (
    `[${q.index + 1}/${index.questions.length}] ${where}  ` +
    `(section ${progress.sectionDone[s] ?? 0}/${progress.sectionTotal[s] ?? 0} done, ${percent}% overall)`
  );
}

/** The block shown above a question's answer prompt. */
export function questionBlock(
  index: ChecklistIndex,
  q: IndexedQuestion,
  progress: Progress,
  answer?: Answer,
): string {
  const lines = ['', progressLine(index, q, progress), ''];
  const text = stripControl(localize(q.question.text, index.checklist.language)).trim();
  lines.push(`${q.question.id}${q.weight !== 1 ? `  (weight ${q.weight})` : ''}`, text);
  if (answer && !answer.skipped) lines.push('', `Current answer: ${describeAnswer(index, q, answer)}`);
  return lines.join('\n');
}

/** The guidance, evidence hint and cited sources of a question, for "Show guidance". */
export function guidanceBlock(index: ChecklistIndex, q: IndexedQuestion): string {
  const lang = index.checklist.language;
  const lines: string[] = [''];
  const guidance = plainMarkdown(stripControl(localize(q.question.guidance, lang))).trim();
  lines.push(guidance === '' ? 'No guidance for this question.' : guidance);
  const evidence = stripControl(localize(q.question.evidence, lang)).trim();
  if (evidence !== '') lines.push('', `To support your answer: ${evidence}`);
  const sources = (q.question.sources ?? []).map((c) => oneLine(`${c.source} para. ${String(c.para)}`, 80));
  if (sources.length > 0) lines.push(`Sources: ${sources.join('; ')}`);
  if (q.scale?.some((l) => l.description !== undefined)) {
    lines.push('', 'Scale:');
    for (const l of q.scale) {
      const meaning = l.description === undefined ? '' : ` - ${label(index, l.description, 300)}`;
      lines.push(`  ${label(index, l.label, 80)}${meaning}`);
    }
  }
  return lines.join('\n');
}

/** A short description of an answer, such as `Implemented in part` or `not applicable (reason)`. */
export function describeAnswer(index: ChecklistIndex, q: IndexedQuestion, answer: Answer): string {
  const suffix = answer.inapplicable ? ' [kept; the question no longer applies]' : '';
  if (answer.skipped) return `skipped for now${suffix}`;
  if (answer.na) return `not applicable (${oneLine(answer.na.reason, 80)})${suffix}`;
  if (answer.unknown) return `don't know${suffix}`;
  const words: AnswerWords = {
    label: (text, width) => label(index, text, width),
    raw: (text, width) => oneLine(text, width),
    unit: (unit) => oneLine(unit, 20),
    yes: 'Yes',
    no: 'No',
    none: '(none)',
  };
  const described = answerKind(q).describe(q, answer, words) ?? misfitText(answer, words);
  return `${described ?? 'unanswered'}${suffix}`;
}

/** A stored answer that does not fit its kind (a changed checklist, a hand edit), shown as it is stored. */
function misfitText(answer: Answer, words: AnswerWords): string | undefined {
  const v = answer.level ?? answer.value;
  if (typeof v === 'boolean') return v ? words.yes : words.no;
  if (Array.isArray(v)) return v.length === 0 ? words.none : v.map((k) => words.raw(k, 60)).join(', ');
  return v === undefined ? undefined : words.raw(String(v), 80);
}
