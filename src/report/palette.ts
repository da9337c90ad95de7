/** Bar colours by band, lowest first; each has at least 3:1 contrast on white. */
const STRONG = ['#b3261e', '#a15c00', '#2e7d32', '#1b5e20'];
/** Heat-map cell colours by band, lowest first; dark text on each has at least 7:1 contrast. */
const LIGHT = ['#f6d5d1', '#fbe6bd', '#d5ecd4', '#a8d5aa'];
const NONE_STRONG = '#767676';
const NONE_LIGHT = '#eeeeee';

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

/** A light cell colour for a band. */
export function lightFill(band: number | undefined, bands: number): string {
  return band === undefined ? NONE_LIGHT : (LIGHT[slot(band, bands)] ?? NONE_LIGHT);
}

/** Colours of answer categories in the distribution chart: levels low to high, then the non-answers. */
export const DISTRIBUTION_FILLS = {
  levels: ['#b3261e', '#d9622b', '#c99a00', '#6a9f3a', '#2e7d32', '#1b5e20'],
  unknown: '#6d5fa6',
  unanswered: '#8a8a8a',
  na: '#c8c8c8',
} as const;

/** A colour for level i of n, low to high. */
export function levelFill(i: number, n: number): string {
  const levels = DISTRIBUTION_FILLS.levels;
  const at = n <= 1 ? levels.length - 1 : Math.round((i * (levels.length - 1)) / (n - 1));
  return levels[at] ?? '#444444';
}
