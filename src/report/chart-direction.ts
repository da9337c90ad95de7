import type { TextDirection } from '../i18n/direction.js';

/**
 * Where a chart drawn for left-to-right reading puts a box or a text anchor when the page reads `dir`: unchanged
 * left to right; right to left, measured from the chart's right edge, so that bars grow from the right and labels
 * sit on the right. Only positions move: the text itself is never mirrored, and its `text-anchor` (start, end)
 * follows the page's direction, which SVG text inherits from `<html dir>`.
 */
export function chartX(dir: TextDirection, chartWidth: number): (x: number, width?: number) => number {
  if (dir === 'ltr') return (x) => x;
  return (x, width = 0) => Math.round((chartWidth - x - width) * 10) / 10;
}
