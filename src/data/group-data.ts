import type { BandInfo, GroupScore, SectionScore } from '../score/types.js';
import type { Bands, Group, Section } from './data-types.js';

/** A percentage rounded to the whole number reports print (never -0), or null when there is none. */
export function roundedPercent(percent: number | undefined): number | null {
  return percent === undefined ? null : Math.round(percent) || 0;
}

/** The checklist's maturity bands, lowest first, each with its index. */
export function bandsData(bands: readonly BandInfo[]): Bands {
  return bands.map((b, index) => ({ index, min: b.min, label: b.label }));
}

/** A group's score as data: full-precision and rounded percentages, its band, coverage and counts. */
export function groupData(group: GroupScore, bands: readonly BandInfo[]): Group {
  const band = group.band === undefined ? undefined : bands[group.band];
  return {
    id: group.id,
    label: group.label,
    percent: group.percent ?? null,
    percentRounded: roundedPercent(group.percent),
    band: band === undefined || group.band === undefined ? null : { index: group.band, label: band.label },
    coverage: group.coverage ?? null,
    coverageRounded: roundedPercent(group.coverage),
    enough: group.enough,
    earned: group.earned,
    possible: group.possible,
    gap: group.gap,
    counts: { ...group.counts },
  };
}

/** A section's score as data, with its pillar. */
export function sectionData(section: SectionScore, bands: readonly BandInfo[]): Section {
  return { ...groupData(section, bands), pillar: section.pillar };
}
