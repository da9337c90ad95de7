import { describe, expect, it } from 'vitest';
import { countByPillar, formatSummary } from '../../src/interview/summary.js';
import { STATUS_CATEGORIES } from '../../src/report/status-categories.js';
import type { StatusCounts } from '../../src/score/types.js';
import { loadFixtureAnswers, loadFixtureIndex } from '../helpers/fixtures.js';
import { runCli } from '../cli/validate-harness.js';

interface ScoreJson {
  overall: { counts: StatusCounts };
  pillars: { label: string; counts: StatusCounts }[];
}

// Issue 13, item 8: the interview's end summary uses the categories and the counts of `score`.
const cases = [
  // An unfinished assessment: 74 of 102 not yet assessed, gates unanswered, don't know, not applicable.
  ['scoring/draft.checklist.yaml', 'scoring/draft.answers.yaml'],
  // A helpline that does not exist: its follow-ups are not in place by dependency.
  ['scoring/measures.checklist.yaml', 'scoring/no-helpline.answers.yaml'],
  // Every answer kind, with don't know, not applicable, unanswered and unscored questions.
  ['reports/checklist.yaml', 'reports/answers.yaml'],
] as const;

describe('the interview summary agrees with score', () => {
  it.each(cases)('%s with %s: the same five categories and counts, per pillar and in total', async (c, a) => {
    const index = loadFixtureIndex(c);
    const summary = countByPillar(index, loadFixtureAnswers(a, index).answers);
    const run = await runCli([
      'score',
      '-f',
      'json',
      `test/fixtures/${a}`,
      '--checklist',
      `test/fixtures/${c}`,
    ]);
    expect(run.code).toBe(0);
    const card = JSON.parse(run.stdout) as ScoreJson;
    const counted = (counts: StatusCounts) => STATUS_CATEGORIES.map((k) => k.count(counts));
    expect(counted(summary.total.counts)).toEqual(counted(card.overall.counts));
    expect(summary.pillars.map((p) => [p.pillar, counted(p.counts)])).toEqual(
      card.pillars.filter((p) => p.counts.total > 0).map((p) => [p.label, counted(p.counts)]),
    );
    // The five categories split the scored questions with no overlap.
    const sum = counted(summary.total.counts).reduce((x, y) => x + y, 0);
    expect(sum).toBe(card.overall.counts.total);
  });

  it('prints the counts a user sees at the end of the interview, with the categories at zero left out', () => {
    const index = loadFixtureIndex('scoring/measures.checklist.yaml');
    const text = formatSummary(
      countByPillar(index, loadFixtureAnswers('scoring/no-helpline.answers.yaml', index).answers),
      80,
    );
    const lines = text.split('\n');
    expect(lines[0]).toBe('Where the assessment stands (as score and report count it):');
    expect(text).toMatch(/not in place \(dependency\)/);
    expect(lines.every((l) => l.length <= 80)).toBe(true);
    expect(lines.at(-1)).toMatch(/^Total +\d+ answered/);
  });

  it('wraps to a narrow terminal without cutting a count in two, its separator included', () => {
    const index = loadFixtureIndex('reports/checklist.yaml');
    const text = formatSummary(
      countByPillar(index, loadFixtureAnswers('reports/answers.yaml', index).answers),
      40,
    );
    for (const line of text.split('\n')) expect(line.length).toBeLessThanOrEqual(60);
    const narrow = formatSummary(
      countByPillar(index, loadFixtureAnswers('reports/answers.yaml', index).answers),
      60,
    ).split('\n');
    expect(narrow.filter((l) => l.trim() === '·')).toEqual([]);
    expect(text).toContain('1 no data (don’t know)');
  });
});
