import type { MessageKey } from '../i18n/en.js';
import { translator, type Translate, itemSeparator } from '../i18n/format.js';
import type { Checklist, Citation, Refs } from '../model/checklist.js';
import { localize } from '../model/checklist.js';
import { FRAMEWORKS } from '../model/frameworks.js';
import { isSafeUrl } from './markdown.js';
import type { CitationMark, FootnoteView, RefGroup, SourceView } from './view-types.js';
import { formatDate } from '../text/format-date.js';
import { isolateBidi } from '../text/sanitize.js';
import { textDirection } from '../i18n/direction.js';
import { currentLanguage } from '../i18n/index.js';

/**
 * Numbers cited sources as footnotes in order of first citation. By document (the report): one note per document
 * (symbol, title, date, URL once), and a question's citations of one document make one mark that names the
 * paragraphs ("A/HRC/49/51, paras. 56, 61"). Otherwise (the blank questionnaire): one note per source + paragraph.
 */
export class FootnoteRegistry {
  readonly #notes = new Map<string, FootnoteView>();

  constructor(
    private readonly checklist: Checklist,
    private readonly options: { byDocument?: boolean } = {},
  ) {}

  /** The footnote marks for a question's citations, registering new notes. */
  cite(citations: readonly Citation[] | undefined): CitationMark[] {
    const groups = new Map<string, Citation[]>();
    for (const c of citations ?? []) {
      const key = this.options.byDocument
        ? c.source
        : `${c.source}\u0000${String(c.para)}\u0000${c.page ?? ''}`;
      groups.set(key, [...(groups.get(key) ?? []), c]);
    }
    return [...groups].map(([key, cited]) => {
      const source = (cited[0] as Citation).source;
      const label = citationLabel(this.checklist, source, cited);
      let note = this.#notes.get(key);
      if (!note) {
        const number = this.#notes.size + 1;
        const head = this.options.byDocument ? source : label;
        note = { number, anchor: `fn-${number}`, ...describeNote(this.checklist, source, head) };
        this.#notes.set(key, note);
      }
      return { number: note.number, anchor: note.anchor, label };
    });
  }

  /** Every footnote, by number. */
  list(): FootnoteView[] {
    return [...this.#notes.values()];
  }
}

/** "A/HRC/49/51, para. 43" or "A/HRC/49/51, paras. 56, 61": the document's symbol and the paragraphs cited. */
function citationLabel(checklist: Checklist, id: string, cited: readonly Citation[]): string {
  const source = checklist.sources.find((s) => s.id === id);
  const t = translator();
  const items = [
    ...new Set(
      cited.map((c) =>
        c.page !== undefined
          ? `${String(c.para)}, ${t('words.page', { page: String(c.page) })}`
          : String(c.para),
      ),
    ),
  ];
  const joined = items.join(cited.some((c) => c.page !== undefined) ? '; ' : ', ');
  // The symbol keeps its own order beside right-to-left words ("A/HRC/49/51، الفقرة 43").
  const symbol = isolateBidi(id, textDirection(currentLanguage()));
  if (source?.paragraphs === undefined) return `${symbol}${itemSeparator()}${joined}`;
  const where = t(items.length === 1 ? 'words.paragraph' : 'words.paragraphs', { para: joined });
  return `${symbol}${itemSeparator()}${where}`;
}

/** A note: its head (the document's symbol, or the citation), then the document's title and date, and its URL. */
function describeNote(
  checklist: Checklist,
  id: string,
  head: string,
): Omit<FootnoteView, 'number' | 'anchor'> {
  const source = checklist.sources.find((s) => s.id === id);
  const title = source ? localize(source.title, checklist.language) : '';
  const url = source?.url && isSafeUrl(source.url) ? source.url : null;
  const text = [head, title ? `${title}${source?.date ? ` (${formatDate(source.date)})` : ''}` : '']
    .filter(Boolean)
    .join('. ');
  return { label: head, text: `${text}.`, url };
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
      items: (refs[k] ?? []).map(String).join(itemSeparator()),
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
