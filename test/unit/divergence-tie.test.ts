import { describe, expect, it } from 'vitest';
import { CHART_TOP, describeDivergenceTie } from '../../src/compare/view-charts.js';
import type { QuestionComparison } from '../../src/compare/types.js';
import { translator } from '../../src/i18n/format.js';

/** Ranked differences of these weighted sizes (only the size matters to the tie). */
const ranked = (sizes: number[]): QuestionComparison[] =>
  sizes.map((weightedDifference) => ({ weightedDifference }) as QuestionComparison);

describe('the divergence chart says when its top list ends inside a tie', () => {
  const t = translator('en');

  it('counts the differences after the top ones that equal the last one drawn', () => {
    const sizes = [...Array.from({ length: CHART_TOP - 1 }, (_, i) => 10 - i), 1, 1, 1 + 1e-13, 0.5];
    expect(describeDivergenceTie(ranked(sizes), t)).toBe(
      '… and 2 more differences of the same size, listed with the others below.',
    );
  });

  it('says nothing when the next one is smaller, or when there are no more than the chart shows', () => {
    const sizes = Array.from({ length: CHART_TOP + 1 }, (_, i) => 20 - i);
    expect(describeDivergenceTie(ranked(sizes), t)).toBeNull();
    expect(describeDivergenceTie(ranked([3, 3, 3]), t)).toBeNull();
  });
});
