import { beforeEach, describe, expect, it } from 'vitest';
import type { Answer } from '../../src/model/checklist.js';
import { scoreAnswers, type GroupScore, type Scorecard } from '../../src/score/index.js';
import { loadFixtureAnswers, loadFixtureIndex } from '../helpers/fixtures.js';

const minimal = loadFixtureIndex('checklists/valid/minimal.yaml');
const fixture = loadFixtureIndex('reports/checklist.yaml');

const find = (groups: GroupScore[], id: string): GroupScore => {
  const g = groups.find((x) => x.id === id);
  if (!g) throw new Error(`no group ${id}`);
  return g;
};
const question = (card: Scorecard, id: string) => card.questions.find((q) => q.id === id);

describe('scoreAnswers on hand-computed cases (minimal checklist: scale 0/2/4)', () => {
  // PRV-LAW-01 w3 partial (2/4), PRV-HOT-01 w1 yes (1/1), PRV-HOT-02 w1 don't know (0), PRO-POL-01 w1 none (0).
  const answers: Record<string, Answer> = {
    'PRV-LAW-01': { level: 'partial' },
    'PRV-HOT-01': { value: true },
    'PRV-HOT-02': { unknown: true },
    'PRO-POL-01': { level: 'none' },
  };
  let card: Scorecard;
  // Scored in each test, not once per describe: mutation testing (npm run mutation) counts code run outside a
  // test as run by every test, which makes each mutant of the scoring code re-run the whole suite.
  beforeEach(() => {
    card = scoreAnswers(minimal, answers);
  });

  it('weights each question: overall = (3·0.5 + 1 + 0 + 0) / 6', () => {
    expect(card.overall.earned).toBeCloseTo(2.5);
    expect(card.overall.possible).toBe(6);
    expect(card.overall.percent).toBeCloseTo(41.6667, 3);
    expect(card.bands[card.overall.band ?? -1]?.label).toBe('Initial');
  });

  it('keeps don’t know in the denominator at 0 and counts it separately; coverage = answered / applicable', () => {
    expect(card.overall.counts).toMatchObject({ applicable: 4, answered: 3, unknown: 1, unanswered: 0 });
    expect(card.overall.coverage).toBeCloseTo(75);
  });

  it('scores pillars and themes', () => {
    expect(find(card.pillars, 'prevention').percent).toBeCloseTo(50);
    expect(card.bands[find(card.pillars, 'prevention').band ?? -1]?.label).toBe('Developing');
    expect(find(card.pillars, 'protection').percent).toBe(0);
    expect(find(card.themes, 'online').percent).toBeCloseTo(100 / 3);
  });

  it('computes gaps as w·(target − v)/m and ranks them, with the target overriding the top', () => {
    expect(question(card, 'PRV-LAW-01')?.gap).toBeCloseTo(1.5);
    // PRV-HOT-02 is "don't know": at 0 in the score, but a data gap, not a gap.
    expect(question(card, 'PRV-HOT-02')?.gap).toBe(0);
    expect(card.dataGaps).toEqual(['PRV-HOT-02']);
    expect(question(card, 'PRO-POL-01')?.gap).toBeCloseTo(0.5);
    expect(question(card, 'PRV-HOT-01')?.gap).toBe(0);
    expect(card.gaps).toEqual(['PRV-LAW-01', 'PRO-POL-01']);
  });

  it('takes a question whose condition is false out of the denominator, whatever its stored answer', () => {
    const c = scoreAnswers(minimal, {
      'PRV-LAW-01': { level: 'partial' },
      'PRV-HOT-01': { value: false },
      'PRV-HOT-02': { level: 'established' },
      'PRO-POL-01': { level: 'partial' },
    });
    expect(question(c, 'PRV-HOT-02')?.status).toBe('inapplicable');
    expect(c.overall.percent).toBeCloseTo(40); // (1.5 + 0 + 0.5) / 5
    expect(c.overall.counts.inapplicable).toBe(1);
    expect(question(c, 'PRO-POL-01')?.gap).toBe(0); // target reached
  });

  it('takes not applicable out of the denominator, but not a stored `inapplicable` flag (12.7)', () => {
    const c = scoreAnswers(minimal, {
      'PRV-LAW-01': { na: { reason: 'federal matter' } },
      // PRO-POL-01 has no condition: the flag is derived output, never read back, so the answer is scored.
      'PRO-POL-01': { level: 'established', inapplicable: true },
    });
    // PRV-HOT-01 is unanswered, so PRV-HOT-02's condition decides nothing: both are not yet assessed.
    expect(c.overall.counts).toMatchObject({
      na: 1,
      inapplicable: 0,
      unanswered: 2,
      applicable: 3,
      answered: 1,
    });
    expect(c.overall.percent).toBeCloseTo(100 / 3);
    expect(c.overall.coverage).toBeCloseTo(100 / 3);
    expect(c.overall.enough).toBe(false);
    expect(c.overall.band).toBeUndefined();
    expect(find(c.pillars, 'protection').percent).toBe(100);
  });

  it('scores an empty answers file at 0, every question not yet assessed, a draft with no gap', () => {
    const c = scoreAnswers(minimal, {});
    expect(c.overall.percent).toBe(0);
    expect(c.overall.counts.unanswered).toBe(4);
    expect(c.gaps).toEqual([]);
    expect(c.draft).toEqual({ unassessed: 4, total: 4 });
    expect(c.overall.enough).toBe(false);
  });
});

describe('scoreAnswers on the report fixture (every answer kind)', () => {
  const answers = loadFixtureAnswers('reports/answers.yaml', fixture).answers;
  let card: Scorecard;
  beforeEach(() => {
    card = scoreAnswers(fixture, answers);
  });

  it('scores yes/no, choice, capped multi and thresholded number answers', () => {
    expect(question(card, 'PRV-LAW-02')?.fraction).toBe(1);
    expect(question(card, 'PRV-TOU-01')?.fraction).toBe(0.5);
    expect(question(card, 'PRO-HLP-03')?.fraction).toBeCloseTo(2 / 3);
    expect(question(card, 'REH-CAR-01')?.fraction).toBe(0.5);
  });

  it('gives 50% overall: 7 of 14 weighted points, 7 of 9 applicable answered', () => {
    expect(card.overall.earned).toBeCloseTo(7);
    expect(card.overall.possible).toBe(14);
    expect(card.overall.percent).toBeCloseTo(50);
    expect(card.overall.coverage).toBeCloseTo((100 * 7) / 9);
    expect(card.overall.counts).toMatchObject({ na: 1, unknown: 1, unanswered: 1, unscored: 1 });
  });

  it('scores pillars, themes, actors and pillar x theme cells', () => {
    expect(card.pillars.map((p) => [p.id, Number(p.percent?.toFixed(2))])).toEqual([
      ['prevention', 58.33],
      ['protection', 50],
      ['rehabilitation', 25],
    ]);
    expect(find(card.themes, 'child_marriage').percent).toBeCloseTo((100 * (1 + 1 + 4 / 3)) / 6);
    expect(find(card.themes, 'online').percent).toBeCloseTo(55);
    expect(find(card.actors, 'parliament').percent).toBeCloseTo(60); // (1 + 2) / 5
    const cell = card.matrix.find((c) => c.pillar === 'rehabilitation' && c.theme === 'tourism');
    expect(cell?.percent).toBeCloseTo(50); // only REH-CAR-01; REH-CAR-02 is not applicable
  });

  it('lists unscored questions and keeps them out of every score', () => {
    expect(card.unscored).toEqual(['PRV-TOU-02']);
    expect(question(card, 'PRV-TOU-02')?.counted).toBe(false);
  });

  it('ranks gaps by weighted size, ties in checklist order; don’t know and unanswered are not gaps', () => {
    expect(card.gaps).toEqual(['PRV-LAW-01', 'PRV-TOU-01', 'REH-CAR-01', 'PRO-HLP-03']);
    expect(card.dataGaps).toEqual(['PRO-HLP-02']);
    expect(question(card, 'PRV-LAW-01')?.gap).toBeCloseTo(2);
    expect(question(card, 'PRO-HLP-03')?.gap).toBeCloseTo(1 / 3);
  });

  it('makes the conditional helpline questions inapplicable when there is no helpline', () => {
    const c = scoreAnswers(fixture, { ...answers, 'PRO-HLP-01': { value: false } });
    expect(question(c, 'PRO-HLP-02')?.status).toBe('inapplicable');
    expect(question(c, 'PRO-HLP-03')?.status).toBe('inapplicable');
    expect(c.gaps).not.toContain('PRO-HLP-02');
  });
});
