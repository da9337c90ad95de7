import type { Translate } from '../i18n/format.js';

/** Notes with the responsible entity and target date split off (the answers file keeps those two in the notes). */
export interface SplitNotes {
  notes: string;
  responsible: string;
  targetDate: string;
}

/**
 * The notes an import writes: the respondent's notes, then a line for the responsible entity and one for the
 * target date when given (the answers file has no fields of its own for them). Undefined when all are empty.
 */
export function joinNotes(parts: SplitNotes, t: Translate): string | undefined {
  const lines = [
    parts.notes.trim(),
    parts.responsible.trim() === '' ? '' : t('sheet.notes.responsible', { value: parts.responsible.trim() }),
    parts.targetDate.trim() === '' ? '' : t('sheet.notes.targetDate', { value: parts.targetDate.trim() }),
  ].filter((l) => l !== '');
  return lines.length > 0 ? lines.join('\n') : undefined;
}

/** Takes the lines joinNotes added back out of the notes, so that an export of the answers fills their columns. */
export function splitNotes(notes: string | undefined, t: Translate): SplitNotes {
  const lines = (notes ?? '').split('\n');
  const take = (pattern: RegExp): string => {
    const last = lines.at(-1);
    const match = last === undefined ? null : pattern.exec(last);
    if (!match) return '';
    lines.pop();
    return match[1] ?? '';
  };
  const targetDate = take(linePattern(t, 'sheet.notes.targetDate'));
  const responsible = take(linePattern(t, 'sheet.notes.responsible'));
  return { notes: lines.join('\n').trim(), responsible, targetDate };
}

function linePattern(t: Translate, key: 'sheet.notes.responsible' | 'sheet.notes.targetDate'): RegExp {
  const [before = '', after = ''] = t(key, { value: '\u0000' }).split('\u0000');
  const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`^${escape(before)}(.+)${escape(after)}$`);
}
