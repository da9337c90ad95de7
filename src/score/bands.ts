import type { BandInfo } from './types.js';

/** Index of the band a percentage falls in: the last band whose `min` it reaches (bands lowest first). */
export function bandFor(percent: number | undefined, bands: readonly BandInfo[]): number | undefined {
  if (percent === undefined) return undefined;
  let found: number | undefined;
  bands.forEach((band, i) => {
    if (percent >= band.min && (found === undefined || band.min >= (bands[found]?.min ?? -Infinity)))
      found = i;
  });
  return found;
}
