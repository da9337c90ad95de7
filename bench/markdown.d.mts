export interface Measured {
  median?: number;
  min?: number;
  max?: number;
  cpu?: number;
  rss?: number;
  failed?: string;
}
/** A Markdown table. */
export function table(columns: [string, 'l' | 'r'][], rows: (string | number)[][]): string;
export function ms(value: number | undefined): string;
export function median(m: Measured | undefined): string;
export function range(m: Measured | undefined): string;
export function mb(value: number | undefined): string;
/** A ratio as "1.23x". */
export function times(value: number | undefined): string;
/** The table of a group of paired measurements with ratio columns. */
export function measurementTable(
  refNames: string[],
  rows: { label: string; m: Measured | undefined; refs: (Measured | undefined)[] }[],
): string;
