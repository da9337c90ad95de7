// Summaries of timings (pure).

/** Median (the mean of the middle two for an even count), min and max of a non-empty list of numbers. */
export function summarize(values) {
  if (values.length === 0) throw new Error('summarize: no values');
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  return { median, min: sorted[0], max: sorted[sorted.length - 1], n: sorted.length };
}

/** a / b of two medians, or undefined when either is missing. */
export function ratio(a, b) {
  if (a?.median === undefined || b?.median === undefined || b.median === 0) return undefined;
  return a.median / b.median;
}

/** The order of `count` commands in round `round`: rotated by one each round, so none always runs first. */
export function roundOrder(count, round) {
  return Array.from({ length: count }, (_, i) => (i + round) % count);
}
