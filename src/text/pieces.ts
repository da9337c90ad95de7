/** Output written as it is made goes out in pieces of this many characters (under V8's large-object size). */
export const PIECE_CHARS = 16 * 1024;

/**
 * Joins short strings and splits long ones into pieces of `size` UTF-16 units (one more where a surrogate pair
 * would be cut; the last may be shorter), so
 * that output made in many small parts is written in few writes and never held whole. The pieces joined are
 * the parts joined.
 */
export function* inPieces(parts: Iterable<string>, size = PIECE_CHARS): Generator<string> {
  let pending = '';
  for (const part of parts) {
    for (let at = 0; at < part.length;) {
      let take = size - pending.length;
      // Never between the halves of a surrogate pair: each piece is encoded on its own.
      if (/[\ud800-\udbff]/.test(part.charAt(at + take - 1))) take += 1;
      pending += part.slice(at, at + take);
      at += take;
      if (pending.length >= size) {
        yield pending;
        pending = '';
      }
    }
  }
  if (pending) yield pending;
}
