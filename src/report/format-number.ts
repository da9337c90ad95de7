/** A percentage for display, rounded to a whole number: "42%", or "n/a" when there is none. */
export function formatPercent(percent: number | undefined): string {
  return percent === undefined ? 'n/a' : `${Math.round(percent)}%`;
}

/** A percentage rounded to a whole number, for widths and sorting in views; 0 when there is none. */
export function roundPercent(percent: number | undefined): number {
  return percent === undefined ? 0 : Math.round(percent);
}

/** A weighted gap or score with two decimals: "1.50". */
export function formatDecimal(value: number): string {
  return value.toFixed(2);
}
