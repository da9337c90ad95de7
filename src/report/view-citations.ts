import type { MessageKey } from '../i18n/en.js';
import { translator, type Translate } from '../i18n/format.js';
import type { Checklist, Citation, Refs } from '../model/checklist.js';
import { localize } from '../model/checklist.js';
import { FRAMEWORKS } from '../model/frameworks.js';
import { isSafeUrl } from './markdown.js';
import type { CitationMark, FootnoteView, RefGroup, SourceView } from './view-types.js';
import { formatDate } from '../text/format-date.js';

/** Numbers cited paragraphs as footnotes in order of first citation; one footnote per source + paragraph. */
export class FootnoteRegistry {
  readonly #notes = new Map<string, FootnoteView>();

  constructor(private readonly checklist: Checklist) {}

  /** The footnote marks for a question's citations, registering new ones. */
  cite(citations: readonly Citation[] | undefined): CitationMark[] {
    return (citations ?? []).map((c) => {
      const key = `${c.source}\u0000${String(c.para)}\u0000${c.page ?? ''}`;
      let note = this.#notes.get(key);
      if (!note) {
        const number = this.#notes.size + 1;
        note = { number, anchor: `fn-${number}`, ...describe(this.checklist, c) };
        this.#notes.set(key, note);
      }
      return { number: note.number, anchor: note.anchor, label: note.label };
    });
  }

  /** Every footnote, by number. */
  list(): FootnoteView[] {
    return [...this.#notes.values()];
  }
}

function describe(checklist: Checklist, c: Citation): Omit<FootnoteView, 'number' | 'anchor'> {
  const source = checklist.sources.find((s) => s.id === c.source);
  const lang = checklist.language;
  const numbered = source?.paragraphs !== undefined;
  const t = translator();
  const where = numbered ? t('words.paragraph', { para: String(c.para) }) : String(c.para);
  const page = c.page !== undefined ? `, ${t('words.page', { page: String(c.page) })}` : '';
  const label = `${c.source}, ${where}${page}`;
  const title = source ? localize(source.title, lang) : '';
  const url = source?.url && isSafeUrl(source.url) ? source.url : null;
  const text = [label, title ? `${title}${source?.date ? ` (${formatDate(source.date)})` : ''}` : '']
    .filter(Boolean)
    .join('. ');
  return { label, text: `${text}.`, url };
}

/** The checklist's sources, for the list of sources. */
export function describeSources(checklist: Checklist): SourceView[] {
  return checklist.sources.map((s) => ({
    id: s.id,
    title: localize(s.title, checklist.language),
    author: s.author ?? null,
    date: s.date !== undefined ? formatDate(s.date) : null,
    url: s.url && isSafeUrl(s.url) ? s.url : null,
  }));
}

// A Map, so that an instrument key such as "constructor" is never looked up on Object.prototype.
const INSTRUMENTS = new Map<string, MessageKey>([
  ['opsc', 'instrument.opsc'],
  ['crc', 'instrument.crc'],
  ['sdg', 'instrument.sdg'],
  ...FRAMEWORKS.map((f): [string, MessageKey] => [f.key, f.words.refs]),
]);

/** Related provisions grouped by instrument, in a fixed order (OPSC, CRC, SDG, the frameworks, then others by key). */
export function describeRefs(refs: Refs | undefined, t: Translate): RefGroup[] {
  if (!refs) return [];
  const keys = Object.keys(refs).sort((a, b) => order(a) - order(b) || a.localeCompare(b));
  return keys
    .filter((k) => (refs[k] ?? []).length > 0)
    .map((k) => ({
      instrument: instrumentName(k, t),
      items: (refs[k] ?? []).map(String).join(', '),
    }));
}

function instrumentName(key: string, t: Translate): string {
  const known = INSTRUMENTS.get(key);
  return known ? t(known) : key.toUpperCase();
}

function order(key: string): number {
  const i = [...INSTRUMENTS.keys()].indexOf(key);
  return i === -1 ? 99 : i;
}
