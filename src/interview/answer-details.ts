import { answerKind } from '../model/answer-kinds/index.js';
import type { Answer, Evidence, IndexedQuestion } from '../model/checklist.js';
import { oneLine } from '../text/sanitize.js';
import { isCalendarDate } from './answer-status.js';
import { label } from './question-view.js';
import { commit, type Session } from './session.js';

/** Asks the value of a multi, number or text question; undefined if it cannot be given. */
export async function askValue(session: Session, q: IndexedQuestion, previous: Answer | undefined) {
  const { prompter, index } = session;
  const offer = answerKind(q).offer(q);
  const entry = offer.type === 'enter' ? offer.entry : { type: 'text' as const };
  if (entry.type === 'options') {
    const choices = entry.options.map((o) => ({ value: o.key, name: label(index, o.label, 100) }));
    const checked = Array.isArray(previous?.value) ? previous.value : [];
    return await prompter.checkbox('Choose all that apply (space to toggle, enter to confirm)', choices, {
      checked,
    });
  }
  if (entry.type === 'number') {
    const { min, max, unit } = entry;
    const range = min !== undefined || max !== undefined ? ` ${min ?? '…'} to ${max ?? '…'}` : '';
    const text = await prompter.input(`Number${unit ? ` (${oneLine(unit, 20)})` : ''}${range}`, {
      default: typeof previous?.value === 'number' ? String(previous.value) : '',
      validate: (v) => {
        const n = Number(v.trim());
        if (v.trim() === '' || !Number.isFinite(n)) return 'Please enter a number.';
        if ((min !== undefined && n < min) || (max !== undefined && n > max))
          return `Please enter a number from ${min ?? '-∞'} to ${max ?? '∞'}.`;
        return true;
      },
    });
    return Number(text.trim());
  }
  const text = await prompter.input('Answer', {
    default: typeof previous?.value === 'string' ? previous.value : '',
    validate: (v) => (v.trim() === '' ? 'Please enter some text.' : true),
  });
  return text.trim();
}

/** After a substantive answer: optional notes, then any number of evidence items; empty skips. */
export async function askNotesAndEvidence(session: Session, id: string): Promise<void> {
  const { prompter } = session;
  const answer = (): Answer => session.file.answers[id] ?? {};
  const notes = await prompter.input('Notes (optional; Enter to skip, "-" to clear)', {
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
  if (count > 0) prompter.print(`${count} evidence item${count === 1 ? '' : 's'} already recorded.`);
  for (let first = true; ; first = false) {
    const ask = first
      ? 'Evidence: title (optional; Enter to skip)'
      : 'Another evidence item: title (Enter to finish)';
    const title = (await prompter.input(ask)).trim();
    if (title === '') return;
    const item: Evidence = { title };
    const url = (await prompter.input('Evidence: link or reference (optional)')).trim();
    if (url !== '') item.url = url;
    const date = (
      await prompter.input('Evidence: date (YYYY-MM-DD, optional)', {
        validate: (v) => (v.trim() === '' || isCalendarDate(v.trim()) ? true : 'Please enter YYYY-MM-DD.'),
      })
    ).trim();
    if (date !== '') item.date = date;
    item.public = await prompter.confirm('May this evidence be published?', { default: true });
    const current = answer();
    session.file.answers[id] = { ...current, evidence: [...(current.evidence ?? []), item] };
    await commit(session);
  }
}
