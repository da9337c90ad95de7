import { stringify } from 'yaml';
import type { Answer, AnswersFile } from '../model/checklist.js';
import { answersHeader, orderedAnswer, YAML_OPTIONS } from './serialize.js';

/** What one answer was last written as: the answer object itself and its YAML lines in the file, as UTF-8. */
interface Piece {
  answer: Answer;
  bytes: Buffer;
}

const LEAD = 'answers:\n';
const LEAD_BYTES = Buffer.from(LEAD, 'utf8');
const NO_ANSWERS = Buffer.from('answers: {}\n', 'utf8');

/**
 * The bytes of an answers file, kept between saves so that a save renders only the answers that changed: the
 * same bytes as serializeAnswers gives, in the same order (the order of the keys of `file.answers`). An answer
 * is recognised by identity: the interview never changes a saved answer object in place, it replaces it with
 * a new one (see session.ts), so an answer object seen before renders as it did then. The header (checklist,
 * respondent, contributors) is small and rendered at every save. Pieces are kept encoded, so a save copies
 * each answer's bytes once and encodes only what changed.
 */
export class AnswersText {
  private readonly pieces = new Map<string, Piece>();

  /** The whole file, UTF-8 encoded, as serializeAnswers(file) would write it. */
  render(file: AnswersFile): Buffer {
    const parts: Buffer[] = [Buffer.from(stringify(answersHeader(file), YAML_OPTIONS), 'utf8'), LEAD_BYTES];
    for (const id of Object.keys(file.answers)) {
      // serializeAnswers builds its map with plain assignment, which drops a "__proto__" key; so does this.
      if (id === '__proto__') continue;
      const answer = file.answers[id] as Answer;
      let piece = this.pieces.get(id);
      if (piece?.answer !== answer) {
        piece = { answer, bytes: Buffer.from(renderAnswer(id, answer), 'utf8') };
        this.pieces.set(id, piece);
      }
      parts.push(piece.bytes);
    }
    const count = parts.length - 2;
    if (this.pieces.size > count) this.forgetAllBut(file.answers);
    if (count === 0) parts[1] = NO_ANSWERS;
    return Buffer.concat(parts);
  }

  /** Drops the pieces of answers that are no longer in the file. */
  private forgetAllBut(answers: AnswersFile['answers']): void {
    for (const id of this.pieces.keys()) if (!Object.hasOwn(answers, id)) this.pieces.delete(id);
  }
}

/** One answer's lines, rendered nested under `answers:` exactly as in the whole file. */
function renderAnswer(id: string, answer: Answer): string {
  const text = stringify({ answers: { [id]: orderedAnswer(answer) } }, YAML_OPTIONS);
  if (!text.startsWith(LEAD)) throw new Error(`unexpected YAML for answer ${JSON.stringify(id)}`);
  return text.slice(LEAD.length);
}
