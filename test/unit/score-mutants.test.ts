import { describe, expect, it } from 'vitest';
import { indexChecklist, type Answer, type Checklist } from '../../src/model/checklist.js';
import { bandFor, rankGaps, scoreAnswers, type GroupScore, type Scorecard } from '../../src/score/index.js';
import { loadFixtureAnswers, loadFixtureIndex } from '../helpers/fixtures.js';
import { inlineChecklist } from '../helpers/inline-checklist.js';

// Scorecard details a user reads in `score --format json`, the terminal summary and the report, each pinned by
// a test because mutation testing (npm run mutation) found it unchecked. Every scorecard is computed inside its
// test, so that mutation testing can tell which tests cover which code.

const minimal = loadFixtureIndex('checklists/valid/minimal.yaml');
const fixture = loadFixtureIndex('reports/checklist.yaml');
const fixtureAnswers = loadFixtureAnswers('reports/answers.yaml', fixture).answers;

const find = (groups: GroupScore[], id: string): GroupScore => {
  const g = groups.find((x) => x.id === id);
  if (!g) throw new Error(`no group ${id}`);
  return g;
};
const bandLabel = (card: Scorecard, g: GroupScore): string | undefined =>
  g.band === undefined ? undefined : card.bands[g.band]?.label;

describe('bands', () => {
  it('puts a score exactly on a band’s lower bound in that band', () => {
    // Prevention: PRV-LAW-01 w3 in part (1.5) + PRV-HOT-01 yes (1) + PRV-HOT-02 not in place (0) = 2.5 / 5.
    const card = scoreAnswers(minimal, {
      'PRV-LAW-01': { level: 'partial' },
      'PRV-HOT-01': { value: true },
      'PRV-HOT-02': { level: 'none' },
    });
    const prevention = find(card.pillars, 'prevention');
    expect(prevention.percent).toBe(50);
    expect(bandLabel(card, prevention)).toBe('Developing');
  });

  it('keeps a score just under a bound in the band below, and 0 in the first band', () => {
    const bands = [
      { min: 0, label: 'Initial' },
      { min: 40, label: 'Developing' },
      { min: 70, label: 'Established' },
    ];
    expect(bandFor(39.99, bands)).toBe(0);
    expect(bandFor(40, bands)).toBe(1);
    expect(bandFor(69.99, bands)).toBe(1);
    expect(bandFor(100, bands)).toBe(2);
    expect(bandFor(0, bands)).toBe(0);
  });

  it('gives no band to a group without a score', () => {
    expect(bandFor(undefined, [{ min: 0, label: 'Initial' }])).toBeUndefined();
  });

  it('lists the checklist’s bands, lowest first, with their labels', () => {
    expect(scoreAnswers(fixture, {}).bands).toEqual([
      { min: 0, label: 'Initial' },
      { min: 40, label: 'Developing' },
      { min: 70, label: 'Established' },
      { min: 90, label: 'Advanced' },
    ]);
  });
});

describe('a group in which nothing counts', () => {
  it('has no percentage, band or coverage (rather than 0 or NaN), and counts its not applicable answers', () => {
    const card = scoreAnswers(minimal, { 'PRO-POL-01': { na: { reason: 'not our mandate' } } });
    const protection = find(card.pillars, 'protection');
    expect(protection).toMatchObject({ percent: undefined, band: undefined, coverage: undefined });
    expect(protection).toMatchObject({ earned: 0, possible: 0, gap: 0 });
    expect(protection.counts).toEqual({
      total: 1,
      applicable: 0,
      answered: 0,
      absent: 0,
      unknown: 0,
      unanswered: 0,
      na: 1,
      inapplicable: 0,
      unscored: 0,
    });
  });
});

describe('the report fixture’s overall score', () => {
  it('counts every question by status: scored ones in total, the text question apart', () => {
    const card = scoreAnswers(fixture, fixtureAnswers);
    expect(card.overall.counts).toEqual({
      total: 10,
      applicable: 9,
      answered: 7,
      absent: 0,
      unknown: 1,
      unanswered: 1,
      na: 1,
      inapplicable: 0,
      unscored: 1,
    });
  });

  it('sums the gaps of its questions', () => {
    const card = scoreAnswers(fixture, fixtureAnswers);
    // PRV-LAW-01 2 + PRV-TOU-01 0.5 + REH-CAR-01 0.5 + PRO-HLP-03 1/3. PRO-HLP-02 (don't know) and REH-CAR-03
    // (not yet assessed) count at 0 but are not gaps.
    expect(card.overall.gap).toBeCloseTo(3 + 1 / 3);
    expect(find(card.pillars, 'rehabilitation').gap).toBeCloseTo(0.5);
  });

  it('names the overall group and the checklist it scores', () => {
    const card = scoreAnswers(fixture, fixtureAnswers);
    expect(card.checklist).toEqual({ id: 'report-fixture', version: '2.1.0' });
    expect([card.overall.id, card.overall.label]).toEqual(['overall', 'Overall']);
  });
});

describe('groups', () => {
  it('names pillar x theme cells pillar-major, by id and label', () => {
    const card = scoreAnswers(fixture, fixtureAnswers);
    expect(card.matrix.slice(0, 4).map((c) => [c.id, c.label, c.pillar, c.theme])).toEqual([
      ['prevention/child_marriage', 'Prevention / Child marriage', 'prevention', 'child_marriage'],
      ['prevention/online', 'Prevention / Online exploitation', 'prevention', 'online'],
      ['prevention/tourism', 'Prevention / Travel and tourism', 'prevention', 'tourism'],
      ['protection/child_marriage', 'Protection / Child marriage', 'protection', 'child_marriage'],
    ]);
    expect(card.matrix).toHaveLength(9);
  });

  it('scores sections with their pillar and title', () => {
    const card = scoreAnswers(fixture, fixtureAnswers);
    expect(card.sections.map((s) => [s.id, s.label, s.pillar])).toEqual([
      ['prevention-law', 'Legal framework', 'prevention'],
      ['prevention-tourism', 'Travel and tourism', 'prevention'],
      ['protection-reporting', 'Reporting and helplines', 'protection'],
      ['rehabilitation-care', 'Care and recovery', 'rehabilitation'],
    ]);
  });

  it('scores the declared actors, in declared order, even one no question names', () => {
    const card = scoreAnswers(fixture, fixtureAnswers);
    expect(card.actors.map((a) => [a.id, a.label])).toEqual([
      ['government', 'Government'],
      ['parliament', 'Parliament'],
      ['police', 'Police'],
      ['ngo', 'Civil society'],
    ]);
  });

  it('without declared actors, scores those the questions name, in order of first use', () => {
    const checklist = { ...fixture.checklist };
    delete checklist.actors;
    const index = { ...fixture, checklist };
    const card = scoreAnswers(index, fixtureAnswers);
    expect(card.actors.map((a) => [a.id, a.label])).toEqual([
      ['parliament', 'Parliament'],
      ['government', 'Government'],
      ['ngo', 'Ngo'],
      ['police', 'Police'],
    ]);
    expect(find(card.actors, 'parliament').percent).toBeCloseTo(60);
  });

  it('has no actors when neither the checklist nor its questions name any', () => {
    expect(scoreAnswers(minimal, {}).actors).toEqual([]);
  });
});

describe('questions in the scorecard', () => {
  it('lists each question’s themes and actors once, and none when it names none', () => {
    const card = scoreAnswers(fixture, fixtureAnswers);
    const q = (id: string) => card.questions.find((x) => x.id === id);
    expect([q('PRV-LAW-01')?.themes, q('PRV-LAW-01')?.actors]).toEqual([
      ['child_marriage'],
      ['parliament', 'government'],
    ]);
    const bare = scoreAnswers(minimal, {}).questions[0];
    expect(bare?.actors).toEqual([]);
  });

  it('gives a question above its target no gap, and one answered don’t know none (a data gap, at 0)', () => {
    const answers: Record<string, Answer> = {
      'PRO-POL-01': { level: 'established' }, // target partial
      'PRV-LAW-01': { unknown: true },
    };
    const card = scoreAnswers(minimal, answers);
    const q = (id: string) => card.questions.find((x) => x.id === id);
    expect(q('PRO-POL-01')).toMatchObject({ value: 4, max: 4, target: 2, fraction: 1, gap: 0 });
    expect(q('PRV-LAW-01')).toMatchObject({ value: 0, max: 4, target: 4, fraction: 0, gap: 0 });
    expect(card.dataGaps).toEqual(['PRV-LAW-01']);
  });
});

describe('questions that do not count', () => {
  it('leave value, fraction and gap empty for not applicable and inapplicable answers, with their target kept', () => {
    const card = scoreAnswers(minimal, {
      'PRV-HOT-01': { value: false },
      'PRV-HOT-02': { level: 'established' },
      'PRO-POL-01': { na: { reason: 'not our mandate' } },
    });
    const q = (id: string) => card.questions.find((x) => x.id === id);
    for (const id of ['PRV-HOT-02', 'PRO-POL-01']) {
      expect(q(id)).toMatchObject({ counted: false, value: undefined, fraction: undefined, gap: 0, max: 4 });
    }
    expect(q('PRO-POL-01')?.target).toBe(2);
  });

  it('leave an unscored question without top score or target, listed apart', () => {
    const card = scoreAnswers(fixture, fixtureAnswers);
    const text = card.questions.find((x) => x.id === 'PRV-TOU-02');
    expect(text).toMatchObject({
      scored: false,
      max: undefined,
      target: undefined,
      fraction: undefined,
      gap: 0,
    });
  });

  it('treat a question whose best answer scores 0 as unscored rather than dividing by 0', () => {
    const index = loadFixtureIndex('checklists/invalid/zero-top-score.yaml'); // a warning only: it loads
    const card = scoreAnswers(index, { 'Q-1': { value: 'justice' }, 'Q-4': { value: 'yes' } });
    expect(card.unscored).toEqual(['Q-1', 'Q-3', 'Q-5']);
    // Q-4 2 of 2; Q-2 (capped at 3) and the three questions on the fixture's theme unanswered.
    expect(card.overall.percent).toBe(20);
  });
});

describe('ranking gaps', () => {
  it('treats gaps equal but for rounding as equal, in checklist order', () => {
    const options = (...scores: number[]) =>
      scores.map((score, i) => ({ key: `o${i}`, label: `O${i}`, score }));
    // Both answered at their lowest option, both recommendations of weight 3 (so only the gap could order
    // them). Q-A: w3 × 0.3 / 0.3 = 3. Q-B: w3 × 0.1 / 0.1, which is 3.0000000000000004 in floating point.
    const checklist: Checklist = {
      format: 'opsc-audit/checklist@1',
      id: 'rounding',
      version: '1.0.0',
      title: 'Rounding',
      language: 'en',
      sources: [{ id: 'S', title: 'Source' }],
      scale: [
        { key: 'no', value: 0, label: 'No' },
        { key: 'yes', value: 1, label: 'Yes' },
      ],
      bands: [{ min: 0, label: 'Low' }],
      pillars: ['p'],
      themes: ['t'],
      sections: [
        {
          id: 's',
          pillar: 'p',
          title: 'Section',
          questions: [
            {
              id: 'Q-A',
              text: 'A?',
              kind: 'choice',
              options: options(0, 0.3),
              themes: ['t'],
              weight: 3,
              basis: 'recommendation',
            },
            {
              id: 'Q-B',
              text: 'B?',
              kind: 'choice',
              options: options(0, 0.1),
              weight: 3,
              basis: 'recommendation',
            },
          ],
        },
      ],
    };
    const card = scoreAnswers(indexChecklist(checklist), { 'Q-A': { value: 'o0' }, 'Q-B': { value: 'o0' } });
    expect(card.questions.map((q) => q.gap)).toEqual([3, 3.0000000000000004]);
    expect(card.gaps).toEqual(['Q-A', 'Q-B']);
    expect(card.questions[1]?.themes).toEqual([]); // Q-B names no theme
  });

  it('orders equal gaps by checklist position, whatever order the questions come in', () => {
    const card = scoreAnswers(fixture, fixtureAnswers);
    // Gaps: PRV-LAW-01 2, PRV-TOU-01 0.5, REH-CAR-01 0.5 (PRO-HLP-02, don't know, has none).
    const pick = ['REH-CAR-01', 'PRO-HLP-02', 'PRV-TOU-01', 'PRV-LAW-01'].map((id) => {
      const q = card.questions.find((x) => x.id === id);
      if (!q) throw new Error(`no question ${id}`);
      return q;
    });
    expect(rankGaps(pick).map((q) => q.id)).toEqual(['PRV-LAW-01', 'PRV-TOU-01', 'REH-CAR-01']);
  });
});

describe('cross-cutting cells, the draft mark and dependencies', () => {
  // Two pillars, each with one themed and one cross-cutting question; PRO-02 depends on PRO-01.
  const twoPillars = (): Checklist => {
    const base = inlineChecklist([]);
    return {
      ...base,
      pillars: ['prevention', 'protection'],
      sections: [
        {
          id: 'prv',
          pillar: 'prevention',
          title: 'Prevention',
          questions: [
            { id: 'PRV-01', text: 'Online?', basis: 'practice', themes: ['online'] },
            { id: 'PRV-02', text: 'Everyone?', basis: 'practice' },
          ],
        },
        {
          id: 'pro',
          pillar: 'protection',
          title: 'Protection',
          questions: [
            { id: 'PRO-01', text: 'Gate?', basis: 'practice' },
            {
              id: 'PRO-02',
              text: 'Follow-up?',
              basis: 'practice',
              themes: ['online'],
              requires: { question: 'PRO-01', equals: 'full' },
            },
          ],
        },
      ],
    };
  };
  const full: Answer = { level: 'full' };
  const none: Answer = { level: 'none' };

  it('scores each pillar’s cross-cutting questions apart, named "<pillar> / Cross-cutting"', () => {
    const card = scoreAnswers(indexChecklist(twoPillars()), {
      'PRV-01': none,
      'PRV-02': full,
      'PRO-01': none,
      'PRO-02': full,
    });
    expect(
      card.crossCuttingCells.map((c) => [c.id, c.label, c.pillar, c.theme, c.percent, c.counts.total]),
    ).toEqual([
      ['prevention/cross-cutting', 'Prevention / Cross-cutting', 'prevention', 'cross-cutting', 100, 1],
      ['protection/cross-cutting', 'Protection / Cross-cutting', 'protection', 'cross-cutting', 0, 1],
    ]);
    expect([card.crossCutting.id, card.crossCutting.label, card.crossCutting.counts.total]).toEqual([
      'cross-cutting',
      'Cross-cutting',
      2,
    ]);
  });

  it('marks a draft only while some question is not yet assessed', () => {
    const index = indexChecklist(twoPillars());
    const all = { 'PRV-01': full, 'PRV-02': full, 'PRO-01': full, 'PRO-02': full };
    expect(scoreAnswers(index, all).draft).toBeUndefined();
    expect(scoreAnswers(index, { ...all, 'PRV-02': { skipped: true } }).draft).toEqual({
      unassessed: 1,
      total: 4,
    });
  });

  it('names the gates only of a measure not in place by dependency', () => {
    const index = indexChecklist(twoPillars());
    const open = scoreAnswers(index, { 'PRO-01': full, 'PRO-02': none });
    expect(open.questions.map((q) => [q.id, q.status, q.dependsOn])).toEqual([
      ['PRV-01', 'unanswered', []],
      ['PRV-02', 'unanswered', []],
      ['PRO-01', 'answered', []],
      ['PRO-02', 'answered', []],
    ]);
    const absent = scoreAnswers(index, { 'PRO-01': none });
    expect(absent.questions.find((q) => q.id === 'PRO-02')?.dependsOn).toEqual(['PRO-01']);
  });
});

describe('framework scores', () => {
  it('ignore a value naming no entry, count a question once however often it names an entry, and nothing else', () => {
    const checklist = inlineChecklist(
      [
        { id: 'Q-1', text: 'One?', basis: 'practice', refs: { mnr: [4, '4', 99] } },
        { id: 'Q-2', text: 'Two?', basis: 'practice' },
      ],
      { themes: [] },
    );
    const card = scoreAnswers(indexChecklist(checklist), {
      'Q-1': { level: 'full' },
      'Q-2': { level: 'none' },
    });
    const [mnr] = card.frameworks;
    expect(mnr?.entries.map((e) => [e.id, e.percent, e.counts])).toEqual([
      [
        '4',
        100,
        {
          total: 1,
          applicable: 1,
          answered: 1,
          absent: 0,
          unknown: 0,
          unanswered: 0,
          na: 0,
          inapplicable: 0,
          unscored: 0,
        },
      ],
    ]);
  });
});
