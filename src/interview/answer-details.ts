import { answerKind } from '../model/answer-kinds/index.js';
import type { Answer, Evidence, IndexedQuestion } from '../model/checklist.js';
import { oneLine } from '../text/sanitize.js';
import { isCalendarDate } from '../text/calendar-date.js';
import { label } from './question-view.js';
import { commit, type Session } from './session.js';
import { typedBeforeCancel } from './prompter-types.js';
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

/** The longest note the answers file takes (the schema's longText). */
export const NOTES_MAX = 20000;
/** What the respondent types at the notes prompt to open the editor. */
const EDITOR_WORD = 'e';

/** After a substantive answer: optional notes, then any number of evidence items; empty skips. */
export async function askNotesAndEvidence(session: Session, id: string): Promise<void> {
  await askNotes(session, id);
  await askEvidence(session, id);
}

/**
 * The notes of an answer: kept as typed or pasted (line breaks too), written in the editor (`e`), cleared
 * with `-`. Text being typed when the respondent stops the interview (Ctrl-C, Ctrl-D) is saved as the note.
 */
export async function askNotes(session: Session, id: string): Promise<void> {
  const { prompter } = session;
  const t = translator();
  const current = session.file.answers[id]?.notes ?? '';
  const validate = (v: string): string | true =>
    v.length > NOTES_MAX ? t('interview.invalid.notesTooLong', { max: NOTES_MAX, count: v.length }) : true;
  const ask = async (): Promise<string> => {
    try {
      return await prompter.input(
        t(prompter.edit ? 'interview.prompt.notesOrEditor' : 'interview.prompt.notes'),
        {
          default: current,
          multiline: true,
          validate,
        },
      );
    } catch (error) {
      const typed = typedBeforeCancel(error);
      if (typed !== '' && typed !== '-' && typed !== EDITOR_WORD && validate(typed) === true)
        await setNotes(session, id, typed);
      throw error;
    }
  };
  let notes = await ask();
  // The text the editor opens on: the note so far, or an edit too long to keep, to be shortened.
  let draft = current;
  while (notes.trim() === EDITOR_WORD && prompter.edit) {
    const edited = await prompter.edit(draft);
    if (edited === undefined) {
      prompter.print(t('interview.editorFailed'));
      notes = await ask();
    } else if (validate(edited) !== true) {
      prompter.print(t('interview.invalid.notesTooLong', { max: NOTES_MAX, count: edited.length }));
      draft = edited;
    } else notes = edited.trim() === '' ? '-' : edited;
  }
  await setNotes(session, id, notes);
}

/** Records a note (trimmed; empty or "-" removes it) and saves, when it changed. */
async function setNotes(session: Session, id: string, notes: string): Promise<void> {
  const trimmed = notes.trim();
  const answer = session.file.answers[id] ?? {};
  const next: Answer = { ...answer };
  if (trimmed === '' || trimmed === '-') delete next.notes;
  else next.notes = trimmed;
  if (next.notes === answer.notes) return;
  session.file.answers[id] = next;
  await commit(session);
}

/**
 * Any number of evidence items; an empty title ends the list. An item stopped half-way (Ctrl-C, Ctrl-D) is
 * saved with what was confirmed, and with the text being typed when it is valid there.
 */
export async function askEvidence(session: Session, id: string): Promise<void> {
  const { prompter } = session;
  const t = translator();
  const answer = (): Answer => session.file.answers[id] ?? {};
  const count = answer().evidence?.length ?? 0;
  if (count > 0) prompter.print(t('interview.evidenceRecorded', { count }));
  const isDate = (v: string): boolean => v.trim() === '' || isCalendarDate(v.trim());
  for (let first = true; ; first = false) {
    const item: Partial<Evidence> = {};
    let at: 'title' | 'url' | 'date' | 'public' = 'title';
    try {
      const ask = t(first ? 'interview.prompt.evidenceTitle' : 'interview.prompt.anotherEvidenceTitle');
      const title = (await prompter.input(ask, { validate: (v) => fits(t, v, 1000) })).trim();
      if (title === '') return;
      item.title = title;
      at = 'url';
      const url = (
        await prompter.input(t('interview.prompt.evidenceLink'), { validate: (v) => fits(t, v, 2000) })
      ).trim();
      if (url !== '') item.url = url;
      at = 'date';
      const date = (
        await prompter.input(t('interview.prompt.evidenceDate'), {
          validate: (v) => (isDate(v) ? true : t('interview.invalid.evidenceDate')),
        })
      ).trim();
      if (date !== '') item.date = date;
      at = 'public';
      item.public = await prompter.confirm(t('interview.prompt.evidencePublic'), { default: true });
    } catch (error) {
      const typed = typedBeforeCancel(error);
      if (at === 'title' && typed !== '' && fits(t, typed, 1000) === true) item.title = typed;
      if (at === 'url' && typed !== '' && fits(t, typed, 2000) === true) item.url = typed;
      if (at === 'date' && typed !== '' && isDate(typed)) item.date = typed;
      if (item.title !== undefined) await addEvidence(session, id, { ...item, title: item.title });
      throw error;
    }
    await addEvidence(session, id, { ...item, title: item.title });
  }
}

async function addEvidence(session: Session, id: string, item: Evidence): Promise<void> {
  const current = session.file.answers[id] ?? {};
  session.file.answers[id] = { ...current, evidence: [...(current.evidence ?? []), item] };
  await commit(session);
}

/** True, or the message for text longer than the answers file takes. */
function fits(t: Translate, value: string, max: number): string | true {
  return value.trim().length > max
    ? t('interview.invalid.tooLong', { max, count: value.trim().length })
    : true;
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
