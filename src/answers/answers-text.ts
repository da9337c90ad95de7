import { stringify } from 'yaml';
import type { Answer, AnswersFile } from '../model/checklist.js';
import { answersHeader, orderedAnswer, YAML_OPTIONS } from './serialize.js';
import { plainKey } from './plain-key.js';

/** What one answer was last written as: the answer object itself and its YAML lines in the file, as UTF-8. */
interface Piece {
  answer: Answer;
  bytes: Buffer;
}

/** The file as last rendered: its bytes, and per answer (in file order) its id, object and place in the bytes. */
interface Rendered {
  bytes: Buffer;
  /** The memory `bytes` is the start of, reused two renders later. */
  store: Buffer;
  ids: readonly string[];
  answers: Answer[];
  /** Where each answer's lines start in `bytes`; one more entry, where the last one ends. */
  starts: number[];
}

/** A run of bytes to copy into the new file: from the last file's bytes, or a newly rendered piece. */
interface Span {
  from: Buffer;
  start: number;
  end: number;
}

const LEAD = 'answers:\n';
const LEAD_BYTES = Buffer.from(LEAD, 'utf8');
const NO_ANSWERS = Buffer.from('answers: {}\n', 'utf8');

/**
 * The bytes of an answers file, kept between saves so that a save renders only the answers that changed: the
 * same bytes as serializeAnswers gives, in the same order (the order of the keys of `file.answers`). An answer
 * is recognised by identity: the interview never changes a saved answer object in place, it replaces it with
 * a new one (see session.ts), so an answer object seen before renders as it did then. The header (checklist,
 * respondent, contributors) is small: it is rendered again whenever its data changed.
 *
 * When the answers are those of the last save with some changed, added or removed (not reordered), the new
 * bytes are copied from the last file in a few long runs around the new pieces; otherwise they are put
 * together from each answer's kept piece.
 *
 * The file is put together in memory kept from the render before last, not in a new buffer: a new buffer of
 * megabytes at every save cost more than copying into it (fresh pages, and garbage collections forced by
 * the external memory). So the bytes returned stay as they are only until the render after next.
 */
export class AnswersText {
  private readonly pieces = new Map<string, Piece>();
  private last: Rendered | undefined;
  /** The memory of the render before last, free to hold the next one. */
  private spare: Buffer | undefined;
  /** The header last rendered, under a text of its data (see plainKey). */
  private header: { key: string; bytes: Buffer } | undefined;

  /**
   * The whole file, UTF-8 encoded, as serializeAnswers(file) would write it; valid until the render after
   * next (copy what must be kept longer). `keys`: Object.keys(file.answers) as it is now, when the caller has
   * just taken them (enumerating an object of thousands of keys costs a millisecond).
   */
  render(file: AnswersFile, keys?: readonly string[]): Buffer {
    const header = this.headerOf(file);
    // serializeAnswers builds its map with plain assignment, which drops a "__proto__" key; so does this.
    const odd = Object.hasOwn(file.answers, '__proto__');
    const all = keys ?? Object.keys(file.answers);
    const ids = odd ? all.filter((id) => id !== '__proto__') : all;
    // Looked up by key: Object.values is many times slower on an object of thousands of keys.
    const answers = ids.map((id) => file.answers[id] as Answer);
    const sizes = new Array<number>(ids.length);
    const spans =
      (this.last && this.patch(this.last, ids, answers, file.answers, sizes)) ??
      this.assemble(ids, answers, sizes);
    if (this.pieces.size > ids.length) this.forgetAllBut(file.answers);
    const lead = ids.length === 0 ? NO_ANSWERS : LEAD_BYTES;
    const bodyStart = header.length + lead.length;
    let size = bodyStart;
    for (const span of spans) size += span.end - span.start;
    const store = this.storeFor(size);
    const bytes = store.subarray(0, size);
    header.copy(bytes, 0);
    lead.copy(bytes, header.length);
    let at = bodyStart;
    for (const span of spans) at += span.from.copy(bytes, at, span.start, span.end);
    const starts = new Array<number>(ids.length + 1);
    starts[0] = bodyStart;
    for (let i = 0; i < ids.length; i++) starts[i + 1] = (starts[i] as number) + (sizes[i] as number);
    this.spare = this.last?.store;
    this.last = { bytes, store, ids, answers, starts };
    return bytes;
  }

  /** The header's lines, rendered unless the header holds the same data as at the last save. */
  private headerOf(file: AnswersFile): Buffer {
    const header = answersHeader(file);
    const key = plainKey(header);
    if (key !== undefined && this.header?.key === key) return this.header.bytes;
    const bytes = Buffer.from(stringify(header, YAML_OPTIONS), 'utf8');
    this.header = key === undefined ? undefined : { key, bytes };
    return bytes;
  }

  /** Memory for `size` bytes: the spare store when large enough, else a new one with room to grow. */
  private storeFor(size: number): Buffer {
    if (this.spare !== undefined && this.spare.length >= size) return this.spare;
    return Buffer.allocUnsafeSlow(size + (size >> 3));
  }

  /**
   * The spans of the new body when its answers are the last ones with some changed, added or removed, in the
   * same order; undefined when some moved. Long runs of unchanged answers are copied from the last bytes.
   * Fills in each answer's size.
   */
  private patch(
    last: Rendered,
    ids: readonly string[],
    answers: readonly Answer[],
    current: AnswersFile['answers'],
    sizes: number[],
  ): Span[] | undefined {
    const spans: Span[] = [];
    const add = (from: Buffer, start: number, end: number): void => {
      const top = spans[spans.length - 1];
      if (top?.from === from && top.end === start) top.end = end;
      else spans.push({ from, start, end });
    };
    const addPiece = (i: number, bytes: Buffer): void => {
      sizes[i] = bytes.length;
      add(bytes, 0, bytes.length);
    };
    const { ids: lastIds, answers: lastAnswers, starts } = last;
    let j = 0;
    for (let i = 0; i < ids.length; i++) {
      const id = ids[i] as string;
      const answer = answers[i] as Answer;
      // Answers of the last save that are gone now are skipped.
      while (j < lastIds.length && lastIds[j] !== id && !Object.hasOwn(current, lastIds[j] as string)) j++;
      if (j < lastIds.length && lastIds[j] === id) {
        if (lastAnswers[j] === answer) {
          // A run of answers unchanged since the last save: one span of the last bytes.
          const first = j;
          sizes[i] = (starts[j + 1] as number) - (starts[j] as number);
          while (
            i + 1 < ids.length &&
            ids[i + 1] === lastIds[j + 1] &&
            answers[i + 1] === lastAnswers[j + 1]
          ) {
            i++;
            j++;
            sizes[i] = (starts[j + 1] as number) - (starts[j] as number);
          }
          add(last.bytes, starts[first] as number, starts[j + 1] as number);
        } else addPiece(i, this.piece(id, answer));
        j++;
      } else if (this.pieces.has(id)) {
        return undefined; // an answer kept from the last save has moved
      } else {
        addPiece(i, this.piece(id, answer));
      }
    }
    return spans;
  }

  /** The spans of the new body, one per answer, from the kept pieces (rendered where missing or changed). */
  private assemble(ids: readonly string[], answers: readonly Answer[], sizes: number[]): Span[] {
    return ids.map((id, i) => {
      const bytes = this.piece(id, answers[i] as Answer);
      sizes[i] = bytes.length;
      return { from: bytes, start: 0, end: bytes.length };
    });
  }

  /** An answer's lines, rendered unless this answer object was rendered under this id before. */
  private piece(id: string, answer: Answer): Buffer {
    let piece = this.pieces.get(id);
    if (piece?.answer !== answer) {
      piece = { answer, bytes: Buffer.from(renderAnswer(id, answer), 'utf8') };
      this.pieces.set(id, piece);
    }
    return piece.bytes;
  }

  /** Drops the pieces of answers that are no longer in the file. */
  private forgetAllBut(answers: AnswersFile['answers']): void {
    for (const id of this.pieces.keys()) if (!Object.hasOwn(answers, id)) this.pieces.delete(id);
  }
}

/**
 * One answer's lines, rendered nested under `answers:` exactly as in the whole file: the map under `answers` is
 * never empty (it holds this answer), so the text always starts with the `answers:` line, which is cut off.
 */
function renderAnswer(id: string, answer: Answer): string {
  return stringify({ answers: { [id]: orderedAnswer(answer) } }, YAML_OPTIONS).slice(LEAD.length);
}
