import { answerKind, type AnswerWords } from '../model/answer-kinds/index.js';
import type { Answer, ChecklistIndex, IndexedQuestion } from '../model/checklist.js';
import { categoryId, categoryLabel, localize } from '../model/checklist.js';
import { oneLine, stripControl } from '../text/sanitize.js';
import { plainMarkdown } from '../text/plain-markdown.js';
import type { Progress } from './answer-status.js';
import { translator, partSeparator, itemSeparator } from '../i18n/format.js';
import { reflowParagraphs } from './wrap-text.js';
import { codeName } from '../report/code-names.js';

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
  const t = translator();
  const where = t('interview.where', {
    pillar: pillarLabel(index, q.section.pillar),
    section: label(index, q.section.title, 80),
  });
  const s = q.sectionIndex;
  const percent = progress.total === 0 ? 100 : Math.floor((progress.done / progress.total) * 100);
  return t('interview.progress', {
    position: q.index + 1,
    total: index.questions.length,
    where,
    sectionDone: progress.sectionDone[s] ?? 0,
    sectionTotal: progress.sectionTotal[s] ?? 0,
    percent,
  });
}

/** The block shown above a question's answer prompt. */
export function questionBlock(
  index: ChecklistIndex,
  q: IndexedQuestion,
  progress: Progress,
  answer?: Answer,
): string {
  const t = translator();
  const lines = ['', progressLine(index, q, progress), ''];
  const text = reflowParagraphs(stripControl(localize(q.question.text, index.checklist.language)).trim());
  const { id } = q.question;
  const basis = codeName('basis', q.question.basis, t);
  lines.push(t('interview.questionIdWeighted', { id, basis, weight: q.weight }), text);
  if (answer && !answer.skipped)
    lines.push('', t('interview.currentAnswer', { answer: describeAnswer(index, q, answer) }));
  return lines.join('\n');
}

/** The question's id and text on one line (wrapped when printed): `LAW-01  Is 18 the minimum age?` */
export function questionLine(index: ChecklistIndex, q: IndexedQuestion): string {
  const text = reflowParagraphs(stripControl(localize(q.question.text, index.checklist.language)).trim());
  return `${q.question.id}  ${text}`;
}

/** The guidance, evidence hint and cited sources of a question, for "Show guidance". */
export function guidanceBlock(index: ChecklistIndex, q: IndexedQuestion): string {
  const t = translator();
  const lang = index.checklist.language;
  const lines: string[] = [''];
  const guidance = reflowParagraphs(plainMarkdown(stripControl(localize(q.question.guidance, lang))).trim());
  lines.push(guidance === '' ? t('interview.noGuidance') : guidance);
  const evidence = reflowParagraphs(stripControl(localize(q.question.evidence, lang)).trim());
  if (evidence !== '') lines.push('', t('interview.evidenceHint', { evidence }));
  const sources = (q.question.sources ?? []).map((c) =>
    oneLine(t('interview.source', { source: c.source, para: String(c.para) }), 80),
  );
  if (sources.length > 0) lines.push(t('interview.sources', { sources: sources.join(partSeparator()) }));
  if (q.scale?.some((l) => l.description !== undefined)) {
    lines.push('', t('interview.scale'));
    for (const l of q.scale) {
      const name = label(index, l.label, 80);
      const shown =
        l.description === undefined
          ? name
          : t('interview.scaleLevelMeaning', { label: name, meaning: label(index, l.description, 300) });
      lines.push(`  ${shown}`);
    }
  }
  return lines.join('\n');
}

/** A short description of an answer, such as `Implemented in part` or `not applicable (reason)`. */
export function describeAnswer(index: ChecklistIndex, q: IndexedQuestion, answer: Answer): string {
  const t = translator();
  const kept = (text: string): string =>
    answer.inapplicable ? t('interview.answer.kept', { answer: text }) : text;
  if (answer.skipped) return kept(t('interview.answer.skipped'));
  if (answer.na) return kept(t('interview.answer.notApplicable', { reason: oneLine(answer.na.reason, 80) }));
  if (answer.unknown) return kept(t('interview.answer.dontKnow'));
  const words: AnswerWords = {
    label: (text, width) => label(index, text, width),
    raw: (text, width) => oneLine(text, width),
    unit: (unit) => oneLine(unit, 20),
    yes: t('interview.answer.yes'),
    no: t('interview.answer.no'),
    none: t('interview.answer.none'),
  };
  const described = answerKind(q).describe(q, answer, words) ?? misfitText(answer, words);
  return kept(described ?? t('interview.answer.unanswered'));
}

/** A stored answer that does not fit its kind (a changed checklist, a hand edit), shown as it is stored. */
function misfitText(answer: Answer, words: AnswerWords): string | undefined {
  const v = answer.level ?? answer.value;
  if (typeof v === 'boolean') return v ? words.yes : words.no;
  if (Array.isArray(v))
    return v.length === 0 ? words.none : v.map((k) => words.raw(k, 60)).join(itemSeparator());
  return v === undefined ? undefined : words.raw(String(v), 80);
}
