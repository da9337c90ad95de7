export interface Summary {
  median: number;
  min: number;
  max: number;
  n: number;
}
/** Median, min and max of a non-empty list. */
export function summarize(values: number[]): Summary;
/** a / b of two medians, or undefined. */
export function ratio(
  a: { median?: number } | undefined,
  b: { median?: number } | undefined,
): number | undefined;
/** The order of `count` commands in round `round`. */
export function roundOrder(count: number, round: number): number[];
