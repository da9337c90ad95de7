import { answerKind } from '../model/answer-kinds/index.js';
import type { Answer, Evidence, IndexedQuestion } from '../model/checklist.js';
import { oneLine } from '../text/sanitize.js';
import { isCalendarDate } from '../text/calendar-date.js';
import { label } from './question-view.js';
import { commit, type Session } from './session.js';
import { translator, type Translate } from '../i18n/format.js';

/** Asks the value of a multi, number or text question; undefined if it cannot be given. */
export async function askValue(session: Session, q: IndexedQuestion, previous: Answer | undefined) {
  const { prompter, index } = session;
  const t = translator();
  const offer = answerKind(q).offer(q, t);
  const entry = offer.type === 'enter' ? offer.entry : { type: 'text' as const };
  if (entry.type === 'options') {
    const choices = entry.options.map((o) => ({ value: o.key, name: label(index, o.label, 100) }));
    const checked = Array.isArray(previous?.value) ? previous.value : [];
    return await prompter.checkbox(t('interview.prompt.options'), choices, { checked });
  }
  if (entry.type === 'number') {
    const { min, max, unit } = entry;
    const text = await prompter.input(numberPrompt(t, min, max, unit), {
      default: typeof previous?.value === 'number' ? String(previous.value) : '',
      validate: (v) => {
        const n = Number(v.trim());
        if (v.trim() === '' || !Number.isFinite(n)) return t('interview.invalid.number');
        if ((min !== undefined && n < min) || (max !== undefined && n > max))
          return t('interview.invalid.numberRange', { min: min ?? '-∞', max: max ?? '∞' });
        return true;
      },
    });
    return Number(text.trim());
  }
  const text = await prompter.input(t('interview.prompt.answer'), {
    default: typeof previous?.value === 'string' ? previous.value : '',
    validate: (v) => (v.trim() === '' ? t('interview.invalid.text') : true),
  });
  return text.trim();
}

/** After a substantive answer: optional notes, then any number of evidence items; empty skips. */
export async function askNotesAndEvidence(session: Session, id: string): Promise<void> {
  const { prompter } = session;
  const t = translator();
  const answer = (): Answer => session.file.answers[id] ?? {};
  const notes = await prompter.input(t('interview.prompt.notes'), {
    default: answer().notes ?? '',
  });
  const trimmed = notes.trim();
  if (trimmed !== (answer().notes ?? '')) {
    const next: Answer = { ...answer() };
    if (trimmed === '' || trimmed === '-') delete next.notes;
    else next.notes = trimmed;
    session.file.answers[id] = next;
    await commit(session);
  }
  const count = answer().evidence?.length ?? 0;
  if (count > 0) prompter.print(t('interview.evidenceRecorded', { count }));
  for (let first = true; ; first = false) {
    const ask = t(first ? 'interview.prompt.evidenceTitle' : 'interview.prompt.anotherEvidenceTitle');
    const title = (await prompter.input(ask)).trim();
    if (title === '') return;
    const item: Evidence = { title };
    const url = (await prompter.input(t('interview.prompt.evidenceLink'))).trim();
    if (url !== '') item.url = url;
    const date = (
      await prompter.input(t('interview.prompt.evidenceDate'), {
        validate: (v) =>
          v.trim() === '' || isCalendarDate(v.trim()) ? true : t('interview.invalid.evidenceDate'),
      })
    ).trim();
    if (date !== '') item.date = date;
    item.public = await prompter.confirm(t('interview.prompt.evidencePublic'), { default: true });
    const current = answer();
    session.file.answers[id] = { ...current, evidence: [...(current.evidence ?? []), item] };
    await commit(session);
  }
}

/** The prompt for a number: "Number (km) 0 to 10", with "…" for a bound the question leaves open. */
function numberPrompt(t: Translate, min?: number, max?: number, unit?: string): string {
  const range = { min: min ?? '…', max: max ?? '…' };
  const inRange = min !== undefined || max !== undefined;
  if (unit) {
    const shown = oneLine(unit, 20);
    return inRange
      ? t('interview.prompt.numberWithUnitInRange', { unit: shown, ...range })
      : t('interview.prompt.numberWithUnit', { unit: shown });
  }
  return inRange ? t('interview.prompt.numberInRange', range) : t('interview.prompt.number');
}
