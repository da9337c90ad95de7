import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { translator } from '../../src/i18n/format.js';
import { BASES, BASIS_WEIGHTS } from '../../src/model/basis.js';
import { indexChecklist } from '../../src/model/checklist.js';
import { buildWorkedExample, workedExampleChecklist } from '../../src/report/worked-example.js';
import { formatDecimal, formatPercent } from '../../src/report/format-number.js';
import { MIN_COVERAGE } from '../../src/score/aggregate.js';
import { scoreAnswers } from '../../src/score/index.js';

// The README's scoring section prints the weighting table and the worked example of every report's methodology;
// these tests keep its figures equal to what the code computes, so the two cannot drift apart.

const readme = readFileSync(join(import.meta.dirname, '..', '..', 'README.md'), 'utf8');
const scoring = readme.slice(readme.indexOf('## Scoring\n'), readme.indexOf('## `opsc-audit score`'));
const worked = scoring.slice(scoring.indexOf('### Worked example'));
const t = translator();
const example = buildWorkedExample(t);

/** The cells of each Markdown table row whose first cell matches `first`, keyed by that cell. */
function tableRows(text: string, first: RegExp): Map<string, string[]> {
  const rows = new Map<string, string[]>();
  for (const line of text.split('\n')) {
    const cells = line
      .split('|')
      .slice(1, -1)
      .map((c) => c.trim());
    const key = cells[0]?.replace(/`/g, '');
    if (key !== undefined && first.test(key)) rows.set(key, cells);
  }
  return rows;
}

describe('the README scoring section', () => {
  it('prints the weighting table of src/model/basis.ts', () => {
    const rows = tableRows(scoring, /^(obligation|recommendation|practice)$/);
    expect([...rows.keys()]).toEqual([...BASES]);
    for (const basis of BASES) {
      const { min, max } = BASIS_WEIGHTS[basis];
      expect(rows.get(basis)?.at(-1)).toBe(`${min} to ${max}`);
    }
  });

  it('gives the coverage under which a group reads "not enough answers"', () => {
    expect(scoring).toContain(`under ${MIN_COVERAGE}% shows **not enough answers**`);
  });

  it('prints the worked example row by row as buildWorkedExample scores it', () => {
    const rows = tableRows(worked, /^[A-Z]+-\d+$/);
    expect([...rows.keys()]).toEqual(example.rows.map((r) => r.id));
    for (const r of example.rows) {
      expect(rows.get(r.id)).toEqual([
        r.id,
        r.basis,
        String(r.weight),
        r.themes,
        r.status,
        r.score,
        r.contribution,
        r.gap,
      ]);
    }
  });

  it('gives the overall score, coverage, draft mark, theme scores and gap order the code computes', () => {
    const { card } = example;
    const o = card.overall;
    expect(worked).toContain(
      `= ${formatDecimal(o.earned)} / ${o.possible} = **${formatPercent(o.percent)}**.`,
    );
    const assessed = o.counts.answered + o.counts.absent;
    expect(worked).toContain(
      `Coverage = ${assessed} of ${o.counts.applicable} questions assessed = **${formatPercent(o.coverage)}**`,
    );
    expect(card.draft).toBeDefined();
    const draft = t('draft.mark', { unassessed: card.draft?.unassessed ?? 0, count: card.draft?.total ?? 0 });
    expect(worked.replace(/\s+/g, ' ')).toContain(`"${draft}"`);
    const theme = (id: string) => card.themes.find((g) => g.id === id);
    expect(worked).toContain(
      `Cross-cutting (HLP-01, HLP-02) = **${formatPercent(card.crossCutting.percent)}**`,
    );
    expect(worked).toContain(`= **${formatPercent(theme('child_marriage')?.percent)}**;`);
    expect(worked).toContain(`tourism = **${formatPercent(theme('travel_tourism')?.percent)}**`);
    expect(theme('travel_tourism')?.enough).toBe(false);
    const gap = (id: string) => formatDecimal(card.questions.find((q) => q.id === id)?.gap ?? 0);
    expect(worked).toContain(`most urgent first: ${card.gaps.map((id) => `${id} (${gap(id)})`).join(', ')}.`);
  });

  it('is right that dropping the follow-up out of the score would have raised it', () => {
    const { checklist, answers } = workedExampleChecklist(t);
    const follow = checklist.sections[0]?.questions.find((q) => q.id === 'HLP-02');
    if (!follow?.requires) throw new Error('HLP-02 has no requires');
    follow.when = follow.requires; // the old rule: a follow-up whose gate is No leaves the denominator
    delete follow.requires;
    const old = scoreAnswers(indexChecklist(checklist), answers).overall;
    expect(worked.replace(/\s+/g, ' ')).toContain(
      `${formatDecimal(old.earned)} / ${old.possible} = ${formatPercent(old.percent)}: higher for having less`,
    );
    expect(old.percent).toBeGreaterThan(example.card.overall.percent ?? 100);
  });
});
