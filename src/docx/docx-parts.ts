import {
  Document,
  FootnoteReferenceRun,
  HeadingLevel,
  LeaderType,
  PageOrientation,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TabStopType,
  TextRun,
  WidthType,
  type ParagraphChild,
} from 'docx';
import { translator } from '../i18n/format.js';
import { textDirection } from '../i18n/direction.js';
import { currentLanguage } from '../i18n/index.js';
import type { FootnoteView } from '../report/view-types.js';
import { stripControl } from '../text/sanitize.js';

/** The width of the text on an A4 page with Word's default margins of 1 inch, in twentieths of a point. */
const TEXT_WIDTH = 9026;

/** The width of the text across a landscape A4 page with margins of 1 inch, in twentieths of a point. */
export const LANDSCAPE_WIDTH = 13958;

/** What a Word document's body is made of. */
export type Block = Paragraph | Table;

// Characters XML 1.0 cannot hold at all (besides the C0 controls stripControl removes): lone surrogates, U+FFFE/F.
const NOT_XML = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]|[\ufffe\uffff]/g;

/**
 * Untrusted text made fit for a Word run: control and bidirectional-override characters and what XML cannot
 * hold removed. The docx library escapes `<`, `&` and quotes itself; text never becomes a field code.
 */
export function clean(text: string): string {
  return stripControl(text).replace(NOT_XML, '');
}

/** Runs of text: line breaks inside it become Word line breaks, never new paragraphs or structure. */
export function runs(
  text: string,
  options: { bold?: boolean; italics?: boolean; size?: number } = {},
): TextRun[] {
  return clean(text)
    .split('\n')
    .map((line, i) => new TextRun({ text: line, ...options, ...(i > 0 ? { break: 1 } : {}) }));
}

/** A heading paragraph with Word's built-in style Heading 1, 2 or 3 (what the navigation pane and a TOC use). */
export function heading(text: string, level: 1 | 2 | 3): Paragraph {
  const styles = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 };
  return new Paragraph({ heading: styles[level], children: runs(text) });
}

/** The document title, in Word's Title style. */
export function title(text: string): Paragraph {
  return new Paragraph({ heading: HeadingLevel.TITLE, children: runs(text) });
}

/** A paragraph of plain text, or of runs given. */
export function para(
  content: string | readonly ParagraphChild[],
  options: { bold?: boolean; tight?: boolean; keepNext?: boolean } = {},
): Paragraph {
  return new Paragraph({
    ...(options.tight ? { spacing: { before: 0, after: 40 } } : {}),
    ...(options.keepNext ? { keepNext: true } : {}),
    children: typeof content === 'string' ? runs(content, { bold: options.bold }) : [...content],
  });
}

/** The closing line of every document: which tool made it, from which checklist (id, version, digest). */
export function generatedBy(view: {
  generator: string;
  checklist: { id: string; version: string; digest: string };
}): Paragraph {
  const { generator, checklist } = view;
  return para(
    translator()('layout.generatedBy', {
      generator,
      id: checklist.id,
      version: checklist.version,
      digest: checklist.digest,
    }),
  );
}

/** "Label: value" as one paragraph, the label in bold. */
export function labelled(label: string, value: string): Paragraph {
  return new Paragraph({ children: [...runs(label, { bold: true }), new TextRun(' '), ...runs(value)] });
}

/** A write-in line: the label (if any), then a ruled line to the right margin, to write on or type into. */
export function writeIn(label: readonly ParagraphChild[] = []): Paragraph {
  return new Paragraph({
    spacing: { before: 140, after: 40 },
    tabStops: [{ type: TabStopType.RIGHT, position: TEXT_WIDTH, leader: LeaderType.UNDERSCORE }],
    children: [...label, new TextRun('\t')],
  });
}

/** A bulleted list item. */
export function bullet(content: string | readonly ParagraphChild[]): Paragraph {
  return new Paragraph({
    bullet: { level: 0 },
    children: typeof content === 'string' ? runs(content) : [...content],
  });
}

/** One table cell: text, or runs (a citation's footnote mark). */
export type Cell = string | readonly ParagraphChild[];

/** The size of text in tables, in half-points (9 pt): six or seven columns fit a portrait page. */
export const TABLE_TEXT = 18;

/** Tables of at most this many rows are kept on one page. */
const SHORT_TABLE = 12;

/**
 * A full-width table whose first row is a header row (repeated on every page, bold). `widths` gives each
 * column's share of the width in percent (default: equal shares).
 */
export function table(
  headers: readonly string[],
  rows: readonly (readonly Cell[])[],
  widths: readonly number[] = headers.map(() => 100 / headers.length),
  width: number = TEXT_WIDTH,
): Table {
  const twips = widths.map((w) => Math.round((width * w) / 100));
  // A short table is kept on one page: each row's text is kept with the next row's.
  const short = rows.length <= SHORT_TABLE;
  const cell = (content: Cell, column: number, bold = false, last = false) =>
    new TableCell({
      width: { size: twips[column] ?? 0, type: WidthType.DXA },
      margins: { top: 40, bottom: 40, left: 80, right: 80 },
      children: [
        new Paragraph({
          spacing: { before: 0, after: 0 },
          keepNext: short && !last,
          children: typeof content === 'string' ? runs(content, { bold, size: TABLE_TEXT }) : [...content],
        }),
      ],
    });
  return new Table({
    ...rightToLeftTable(),
    width: { size: width, type: WidthType.DXA },
    columnWidths: twips,
    rows: [
      new TableRow({ tableHeader: true, children: headers.map((h, i) => cell(h, i, true)) }),
      ...rows.map(
        (row, r) =>
          new TableRow({
            cantSplit: true,
            children: row.map((c, i) => cell(c, i, false, r === rows.length - 1)),
          }),
      ),
    ],
  });
}

/**
 * A table of label and value rows without a header row (what HTML prints as a description list): the label
 * column in bold. `widths` gives the two columns' shares in percent.
 */
export function pairs(
  rows: readonly (readonly [string, Cell])[],
  widths: readonly [number, number] = [28, 72],
): Table {
  const twips = widths.map((w) => Math.round((TEXT_WIDTH * w) / 100));
  const cell = (content: Cell, column: number) =>
    new TableCell({
      width: { size: twips[column] ?? 0, type: WidthType.DXA },
      margins: { top: 20, bottom: 20, left: 80, right: 80 },
      children: [
        new Paragraph({
          spacing: { before: 0, after: 0 },
          children:
            typeof content === 'string'
              ? runs(content, { bold: column === 0, size: TABLE_TEXT })
              : [...content],
        }),
      ],
    });
  return new Table({
    ...rightToLeftTable(),
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: twips,
    rows: rows.map(
      ([label, value]) => new TableRow({ cantSplit: true, children: [cell(label, 0), cell(value, 1)] }),
    ),
  });
}

/**
 * Word footnotes in the order they are first cited: each source note is one footnote, referenced with Word's own
 * mark at its first citation; a later citation of the same note repeats its number as a superscript (Word
 * numbers footnotes by the order of their marks, and a footnote has one mark).
 */
export class Footnotes {
  private readonly ids = new Map<number, number>();
  private readonly notes: Record<number, { children: Paragraph[] }> = {};

  /** The mark citing a note (its number in the view), given the note's full text. */
  cite(note: number, text: string): ParagraphChild {
    const known = this.ids.get(note);
    if (known !== undefined) return new TextRun({ text: String(known), superScript: true });
    const id = this.ids.size + 1;
    this.ids.set(note, id);
    this.notes[id] = { children: [para(text)] };
    return new FootnoteReferenceRun(id);
  }

  /** The marks of several notes, separated by superscript commas. */
  citeAll(cited: readonly { note: number; text: string }[]): ParagraphChild[] {
    return cited.flatMap((c, i) => [
      ...(i > 0 ? [new TextRun({ text: ',', superScript: true })] : []),
      this.cite(c.note, c.text),
    ]);
  }

  /** The footnotes cited so far, for the Document. */
  all(): Record<number, { children: Paragraph[] }> {
    return this.notes;
  }
}

/** The metadata and body of a Word document. */
export interface DocumentParts {
  title: string;
  description?: string | undefined;
  lang: string;
  body: readonly Block[];
  /** Further parts, each from a new page; a landscape part is printed across the page (a wide table). */
  more?: readonly { body: readonly Block[]; landscape?: boolean }[];
  footnotes?: Footnotes;
}

/** A table's columns from the right in a document in a right-to-left language (the current one). */
function rightToLeftTable(): { visuallyRightToLeft?: true } {
  return textDirection(currentLanguage()) === 'rtl' ? { visuallyRightToLeft: true } : {};
}

/**
 * A Word document (A4 portrait by default, Word's default styles), its creator "opsc-audit". In a right-to-left
 * language every paragraph is right to left, and Arabic text has a font that has its letters (Calibri has none).
 */
export function document(parts: DocumentParts): Document {
  const rtl = textDirection(parts.lang) === 'rtl';
  const run = rtl
    ? {
        font: { ascii: 'Calibri', hAnsi: 'Calibri', eastAsia: 'Calibri', cs: 'Arial' },
        size: 22,
        sizeComplexScript: 22,
        language: { value: parts.lang, bidirectional: parts.lang },
      }
    : { font: 'Calibri', size: 22, language: { value: parts.lang } };
  return new Document({
    creator: 'opsc-audit',
    title: clean(parts.title),
    ...(parts.description === undefined ? {} : { description: clean(parts.description) }),
    footnotes: parts.footnotes?.all() ?? {},
    styles: {
      default: {
        document: {
          run,
          paragraph: { spacing: { before: 80, after: 100 }, ...(rtl ? { bidirectional: true } : {}) },
        },
        title: { run: { size: 40 }, paragraph: { spacing: { after: 160 } } },
      },
    },
    sections: [{ body: parts.body }, ...(parts.more ?? [])].map((part) => ({
      properties: {
        page: {
          size: {
            width: 11906,
            height: 16838,
            orientation:
              'landscape' in part && part.landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT,
          },
        },
      },
      children: [...part.body],
    })),
  });
}

/** A source note as a footnote says it: the note, then its address. */
export function noteText(note: FootnoteView): string {
  return [note.text, note.url].filter((x) => x !== null).join(' ');
}
