import { contrast, parseHex, toHex } from './colour.js';

/**
 * Bar colours by band, lowest first: purple, orange, green, dark green. Each has at least 3:1
 * contrast on white, and the four stay apart in lightness and blue-yellow so that they remain distinguishable
 * under deuteranopia, protanopia and tritanopia (test/unit/palette-vision.test.ts simulates each).
 */
const STRONG = ['#7b3294', '#e66101', '#4a9a52', '#0b4a1a'];
/** Light band colours (table pills), lowest first; dark text on each has at least 7:1 contrast. */
const LIGHT = ['#f4a582', '#fee090', '#d9f0d3', '#a6dba0'];
const NONE_STRONG = '#767676';
const NONE_LIGHT = '#eeeeee';
/** Black for text on light fills, white on dark ones: one of the two always has at least 4.58:1. */
const INK = '#000000';
const WHITE = '#ffffff';

function slot(band: number, bands: number): number {
  if (bands <= 1) return STRONG.length - 1;
  return Math.round((band * (STRONG.length - 1)) / (bands - 1));
}

/** The CSS class for a band: band-0..band-3 spread over however many bands the checklist has. */
export function bandClass(band: number | undefined, bands: number): string {
  return band === undefined ? 'band-none' : `band-${slot(band, bands)}`;
}

/** A bar colour for a band. */
export function strongFill(band: number | undefined, bands: number): string {
  return band === undefined ? NONE_STRONG : (STRONG[slot(band, bands)] ?? NONE_STRONG);
}

/** The light band colours, lowest first (the report CSS's --band-0..3 hold the same values). */
export const BAND_LIGHT: readonly string[] = LIGHT;

/** The bar colours by band, lowest first. */
export const BAND_STRONG: readonly string[] = STRONG;

/** The heat-map fill of a cell with no applicable question. */
export const EMPTY_FILL = NONE_LIGHT;

/**
 * The heat map's sequential scale (ColorBrewer "Blues", light to dark): one hue, so lightness alone carries
 * the score and every kind of colour vision reads it the same way.
 */
const SCALE = [
  '#f7fbff',
  '#deebf7',
  '#c6dbef',
  '#9ecae1',
  '#6baed6',
  '#4292c6',
  '#2171b5',
  '#08519c',
  '#08306b',
];

/** The heat-map colour of a score (0..100), interpolated along the sequential scale. */
export function scoreFill(percent: number): string {
  const at = (Math.max(0, Math.min(100, percent)) / 100) * (SCALE.length - 1);
  const i = Math.min(SCALE.length - 2, Math.floor(at));
  const f = at - i;
  const a = parseHex(SCALE[i] ?? '#ffffff');
  const b = parseHex(SCALE[i + 1] ?? '#ffffff');
  return toHex([a[0] + (b[0] - a[0]) * f, a[1] + (b[1] - a[1]) * f, a[2] + (b[2] - a[2]) * f]);
}

/** The text colour (black or white) with the better contrast on a fill. */
export function textOn(fill: string): string {
  return contrast(INK, fill) >= contrast(WHITE, fill) ? INK : WHITE;
}

/**
 * Colours of answer categories in the distribution chart: levels low to high, then the non-answers.
 * Low levels run from dark red-purple through orange and yellow; only the top two are green.
 */
export const DISTRIBUTION_FILLS = {
  levels: ['#8e0152', '#d6604d', '#fdb863', '#b8e186', '#7fbc41', '#1b5e20'],
  unknown: '#5e3c99',
  unanswered: '#8a8a8a',
  na: '#d9d9d9',
} as const;

/** Which of the six level colours n levels use: warm colours for the lower half, greens only for the top. */
const LEVEL_SLOTS: Record<number, number[]> = {
  1: [5],
  2: [0, 5],
  3: [0, 2, 5],
  4: [0, 1, 4, 5],
  5: [0, 1, 2, 4, 5],
  6: [0, 1, 2, 3, 4, 5],
};

/** A colour for level i of n, low to high. */
export function levelFill(i: number, n: number): string {
  const levels = DISTRIBUTION_FILLS.levels;
  const slots = LEVEL_SLOTS[n];
  const at = slots ? (slots[i] ?? 5) : Math.round((i * (levels.length - 1)) / Math.max(1, n - 1));
  return levels[at] ?? '#444444';
}
