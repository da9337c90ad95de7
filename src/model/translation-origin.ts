/**
 * Translated copies of a checklist, and of its questions and scales, remember the object they were copied from,
 * so that digests (model/digest.ts) are always worked out from the checklist as written: answers given with a
 * translation applied carry the same digests as answers given in the checklist's own language.
 */
const origins = new WeakMap<object, object>();

/** Records that `copy` is a translated copy of `original`; returns the copy. */
export function markTranslated<T extends object>(copy: T, original: T): T {
  origins.set(copy, originalOf(original));
  return copy;
}

/** The object a translated copy was made from, or the value itself when it is no copy. */
export function originalOf<T extends object>(value: T): T {
  return (origins.get(value) as T | undefined) ?? value;
}
