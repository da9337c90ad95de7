import { describe, expect, it } from 'vitest';
import { aggregate } from '../../src/score/aggregate.js';
import type { QuestionScore } from '../../src/score/types.js';

const BANDS = [
  { min: 0, label: 'Initial' },
  { min: 40, label: 'Developing' },
];

/** One answered question scoring `fraction`, weight 1. */
const answered = (fraction: number): QuestionScore => ({
  id: 'Q',
  index: 0,
  sectionId: 's',
  pillar: 'p',
  themes: [],
  actors: [],
  weight: 1,
  basis: 'recommendation',
  status: 'answered',
  dependsOn: [],
  scored: true,
  counted: true,
  value: fraction,
  max: 1,
  target: 1,
  fraction,
  gap: 1 - fraction,
});

describe('a score and its band agree as a reader sees them', () => {
  it('puts 39.6% (shown as 40%) in the band that starts at 40, and 39.4% (shown as 39%) below it', () => {
    expect(aggregate('g', 'G', [answered(0.396)], BANDS).band).toBe(1);
    expect(aggregate('g', 'G', [answered(0.394)], BANDS).band).toBe(0);
  });

  it('keeps the exact percentage for ranking and for --fail-under', () => {
    expect(aggregate('g', 'G', [answered(0.396)], BANDS).percent).toBeCloseTo(39.6);
  });
});
