/** Words of a text, lowercased, letters and digits only. */
export function words(text: string): string[];
/** Number of consecutive words that count as a copied passage. */
export const RUN: number;
/** 40-bit hashes of every run of RUN words. */
export function shingleHashes(text: string): string[];
