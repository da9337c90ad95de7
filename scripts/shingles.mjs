import { createHash } from 'node:crypto';

/** Words of a text, lowercased, letters and digits only. */
export function words(text) {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .filter(Boolean);
}

/** Number of consecutive words that count as a copied passage. */
export const RUN = 12;

/** 40-bit hashes of every run of RUN words. */
export function shingleHashes(text) {
  const w = words(text);
  const out = [];
  for (let i = 0; i + RUN <= w.length; i++) {
    out.push(
      createHash('sha1')
        .update(w.slice(i, i + RUN).join(' '))
        .digest('hex')
        .slice(0, 10),
    );
  }
  return out;
}
