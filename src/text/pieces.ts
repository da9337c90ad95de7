/** Output written as it is made goes out in pieces of this many characters (under V8's large-object size). */
export const PIECE_CHARS = 16 * 1024;

/**
 * Joins short strings and splits long ones into pieces of `size` characters (the last may be shorter), so
 * that output made in many small parts is written in few writes and never held whole. The pieces joined are
 * the parts joined.
 */
export function* inPieces(parts: Iterable<string>, size = PIECE_CHARS): Generator<string> {
  let pending = '';
  for (const part of parts) {
    for (let at = 0; at < part.length;) {
      const take = size - pending.length;
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
