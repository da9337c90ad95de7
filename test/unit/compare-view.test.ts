import { describe, expect, it } from 'vitest';
import { formatPoints } from '../../src/compare/view-rows.js';
import { describeSides, toDeltaRow } from '../../src/compare/view-scores.js';
import type { GroupDelta } from '../../src/compare/types.js';
import type { GroupScore } from '../../src/score/types.js';
import type { AnswersFile } from '../../src/model/checklist.js';
import { C, compareFixtureView } from '../helpers/compare-fixture.js';

const answers = (respondent: AnswersFile['respondent']): AnswersFile => ({
  format: 'opsc-audit/answers@1',
  checklist: { id: 'x', version: '1.0.0' },
  respondent,
  answers: {},
});

describe('compare view', () => {
  it('writes differences in whole percentage points with a sign', () => {
    expect(formatPoints(12.4)).toBe('+12 pts');
    expect(formatPoints(-4.6)).toBe('−5 pts');
    expect(formatPoints(0.3)).toBe('±0 pts');
    expect(formatPoints(undefined)).toBe('n/a');
  });

  it('gives the difference of the whole percentages shown: 51% and 34% differ by 17 pts (exact 16.43)', () => {
    const score = (percent: number, coverage: number) => ({ percent, coverage }) as unknown as GroupScore;
    const g: GroupDelta = {
      id: 'overall',
      label: 'Overall',
      base: score(50.77, 71.43),
      current: score(34.34, 85.71),
      delta: 34.34 - 50.77,
      coverageDelta: 85.71 - 71.43,
    };
    const row = toDeltaRow(g, []);
    expect([row.baseText, row.currentText, row.deltaText, row.direction]).toEqual([
      '51%',
      '34%',
      '−17 pts',
      'down',
    ]);
    expect([row.baseCoverageText, row.currentCoverageText, row.coverageDeltaText]).toEqual([
      '71%',
      '86%',
      '+15 pts',
    ]);
  });

  it('keeps only the base name of an answers file, never its folder', () => {
    const files = {
      base: '/home/amina/Confidential NGO work/gov.yaml',
      current: 'C:\\Users\\amina\\ngo.yaml',
    };
    const gov = answers({ organization: 'Ministry', role: 'government' });
    const ngo = answers({ organization: 'Coalition', role: 'ngo' });
    const d = describeSides('divergence', files, gov, ngo);
    expect([d.base.file, d.current.file]).toEqual(['gov.yaml', 'ngo.yaml']);
  });

  it('names the sides by date for progress and by organization for divergence, else Base and Current', () => {
    const files = { base: 'dir/a.yaml', current: 'dir/b.yaml' };
    const gov = answers({ organization: ' Ministry ', role: 'government', date: '2024-01-01' });
    const ngo = answers({ organization: 'Coalition', role: 'ngo', date: '2024-01-01' });
    expect(
      describeSides('progress', files, gov, answers({ ...gov.respondent, date: '2026-01-01' })).base.label,
    ).toBe('2024-01-01');
    const d = describeSides('divergence', files, gov, ngo);
    expect([d.base.label, d.current.label]).toEqual(['Ministry', 'Coalition']);
    expect(d.base.line).toBe('Ministry (government), 2024-01-01');
    // Same date on both sides: the dates cannot tell them apart.
    const same = describeSides('progress', files, gov, ngo);
    expect([same.base.label, same.current.label]).toEqual(['Base (a.yaml)', 'Current (b.yaml)']);
  });

  it('lists regressions first and counts every kind of change', async () => {
    const view = await compareFixtureView(`${C}/gov-2024.yaml`, `${C}/gov-2026.yaml`, {
      baseChecklist: `${C}/checklist-v1.0.yaml`,
    });
    expect(view.progress?.groups[0]?.key).toBe('regressed');
    expect(view.progress?.counts.map((c) => [c.key, c.count])).toEqual([
      ['regressed', 2],
      ['dropped', 1],
      ['improved', 1],
      ['newly-answered', 2],
      ['unchanged', 1],
    ]);
    expect(view.summary.find((line) => line.startsWith('Regressions:'))).toBe(
      'Regressions: “Is the helpline free and open around the clock?” (PRV-03: Implemented in part (2 of 3) → On paper only (1 of 3)); “How many regions have a child protection unit?” (PRO-03: Every region (2 of 2) → Some regions (1 of 2)).',
    );
    // Both were no data or not applicable before: neither was a gap, so none is closed.
    expect(view.progress?.gapsClosed.rows.map((r) => r.id)).toEqual([]);
    expect(view.progress?.gapsOpened.rows.map((r) => r.id)).toEqual(['PRO-03']);
  });
});
