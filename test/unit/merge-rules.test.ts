import { describe, expect, it } from 'vitest';
import { chooseByRule } from '../../src/merge/resolve-rule.js';
import { answerKey } from '../../src/merge/same-answer.js';
import { combineSources } from '../../src/merge/combine.js';
import type { MergeInput, MergePosition } from '../../src/merge/types.js';
import type { Answer } from '../../src/model/checklist.js';

const input = (file: string, date?: string): MergeInput => ({
  file,
  answers: {
    format: 'opsc-audit/answers@1',
    checklist: { id: 'minimal', version: '1.0.0' },
    respondent: date === undefined ? {} : { date },
    answers: {},
  },
});
const at = (i: number, answer: Answer): MergePosition => ({
  sources: [{ input: i, answer, by: [] }],
  answer,
});

describe('--prefer latest: the answer time, then the file date, then the later file', () => {
  it('the later answer time wins, whatever the file dates and order', () => {
    const inputs = [input('a', '2026-12-01'), input('b', '2026-01-01')];
    const positions = [
      at(0, { level: 'none', answered: '2026-11-01T10:00:00Z' }),
      at(1, { level: 'partial', answered: '2026-11-02T10:00:00Z' }),
    ];
    expect(chooseByRule(positions, inputs, 'latest')).toBe(1);
    expect(chooseByRule([...positions].reverse(), [...inputs].reverse(), 'latest')).toBe(0);
  });

  it('with equal or no answer times, the later respondent date wins', () => {
    const inputs = [input('a', '2026-12-01'), input('b', '2026-01-01')];
    expect(chooseByRule([at(0, { level: 'none' }), at(1, { level: 'partial' })], inputs, 'latest')).toBe(0);
  });

  it('with no times and no dates, the file named later wins; --prefer first takes the file named first', () => {
    const inputs = [input('a'), input('b')];
    const positions = [at(0, { level: 'none' }), at(1, { level: 'partial' })];
    expect(chooseByRule(positions, inputs, 'latest')).toBe(1);
    expect(chooseByRule(positions, inputs, 'first')).toBe(0);
  });
});

describe('answers given the same', () => {
  it('a multiple choice in any order is the same answer; a different level is not', () => {
    expect(answerKey({ value: ['web', 'phone'] })).toBe(answerKey({ value: ['phone', 'web'] }));
    expect(answerKey({ level: 'none' })).not.toBe(answerKey({ level: 'partial' }));
    expect(answerKey({ na: { reason: 'a' } })).toBe(answerKey({ na: { reason: 'b' } }));
    expect(answerKey({ skipped: true })).toBeUndefined();
  });

  it('"not applicable" reasons and notes are combined once each, in file order', () => {
    const source = (input: number, answer: Answer) => ({ input, answer, by: [`k${String(input)}`] });
    const combined = combineSources([
      source(0, { na: { reason: 'No coastline.' }, notes: 'Checked with the navy.' }),
      source(1, { na: { reason: 'No coastline.' }, notes: 'See the 2024 survey.' }),
      source(2, { na: { reason: 'No sea ports.' } }),
    ]);
    expect(combined).toEqual({
      na: { reason: 'No coastline.\n\nNo sea ports.' },
      notes: 'Checked with the navy.\n\nSee the 2024 survey.',
      by: ['k0', 'k1', 'k2'],
    });
  });
});
