import { describe, expect, it } from 'vitest';
import type { Answer } from '../../src/model/checklist.js';
import { scoreAnswers, type GroupScore, type Scorecard } from '../../src/score/index.js';
import { tieAfterTopGaps, TOP_GAPS } from '../../src/score/rank-gaps.js';
import { loadFixtureAnswers, loadFixtureIndex } from '../helpers/fixtures.js';

// The scenarios of issue 13 ("Scores that tell the truth"), on fixtures read and validated by the real code.

const MEASURES = loadFixtureIndex('scoring/measures.checklist.yaml');
const DRAFT = loadFixtureIndex('scoring/draft.checklist.yaml');
const TIES = loadFixtureIndex('scoring/ties.checklist.yaml');

function answersOf(file: string, index = MEASURES): Record<string, Answer> {
  return loadFixtureAnswers(`scoring/${file}`, index).answers;
}

function card(file: string, index = MEASURES): Scorecard {
  return scoreAnswers(index, answersOf(file, index));
}

function group(groups: readonly GroupScore[], id: string): GroupScore {
  const g = groups.find((x) => x.id === id);
  if (!g) throw new Error(`no group ${id}`);
  return g;
}

const protection = (c: Scorecard): number | undefined => group(c.pillars, 'protection').percent;
const status = (c: Scorecard, id: string) => c.questions.find((q) => q.id === id)?.status;

describe('having nothing never scores better than having something poor', () => {
  it('no helpline (50.0% overall, 40.4% protection) < a poor helpline (64.3%, 71.9%)', () => {
    const none = card('no-helpline.answers.yaml');
    const poor = card('poor-helpline.answers.yaml');
    expect(none.overall.percent).toBeCloseTo(50.0, 1);
    expect(protection(none)).toBeCloseTo(40.35, 1);
    expect(poor.overall.percent).toBeCloseTo(64.29, 1);
    expect(protection(poor)).toBeCloseTo(71.93, 1);
    expect(none.overall.percent).toBeLessThan(poor.overall.percent ?? 0);
    expect(protection(none)).toBeLessThan(protection(poor) ?? 0);
  });

  it('the follow-ups of a missing helpline are not in place: scored 0, a gap, in the denominator', () => {
    const none = card('no-helpline.answers.yaml');
    for (const id of ['PRO-HLP-02', 'PRO-HLP-03']) {
      const q = none.questions.find((x) => x.id === id);
      expect(q).toMatchObject({ status: 'absent', counted: true, value: 0, dependsOn: ['PRO-HLP-01'] });
      expect(q?.gap).toBe(3);
      expect(none.gaps).toContain(id);
    }
    expect(group(none.pillars, 'protection').counts).toMatchObject({ applicable: 5, absent: 2 });
  });

  it('a helpline whose follow-ups are all at the lowest level still beats no helpline', () => {
    const answers = answersOf('poor-helpline.answers.yaml');
    const lowest = scoreAnswers(MEASURES, {
      ...answers,
      'PRO-HLP-02': { level: 'none' },
      'PRO-HLP-03': { level: 'none' },
    });
    const none = card('no-helpline.answers.yaml');
    expect(lowest.overall.percent).toBeGreaterThan(none.overall.percent ?? 100);
    expect(protection(lowest)).toBeGreaterThan(protection(none) ?? 100);
  });

  it('no non-punishment law (50.8%, 42.1%) < a law not applied in practice (62.7%, 68.4%)', () => {
    const none = card('no-law.answers.yaml');
    const unapplied = card('unapplied-law.answers.yaml');
    expect(none.overall.percent).toBeCloseTo(50.79, 1);
    expect(protection(none)).toBeCloseTo(42.11, 1);
    expect(unapplied.overall.percent).toBeCloseTo(62.7, 1);
    expect(protection(unapplied)).toBeCloseTo(68.42, 1);
    expect(none.overall.percent).toBeLessThan(unapplied.overall.percent ?? 0);
    expect(protection(none)).toBeLessThan(protection(unapplied) ?? 0);
    expect(group(none.themes, 'prostitution').percent).toBeLessThan(
      group(unapplied.themes, 'prostitution').percent ?? 0,
    );
    expect(status(none, 'PRO-NPL-02')).toBe('absent');
  });

  it('a helpline question answered "not applicable" takes its follow-ups out of the score, not as gaps', () => {
    const answers = { ...answersOf('no-helpline.answers.yaml'), 'PRO-HLP-01': { na: { reason: 'federal' } } };
    const c = scoreAnswers(MEASURES, answers);
    expect(['PRO-HLP-01', 'PRO-HLP-02', 'PRO-HLP-03'].map((id) => status(c, id))).toEqual([
      'na',
      'inapplicable',
      'inapplicable',
    ]);
    expect(c.gaps).not.toContain('PRO-HLP-02');
    expect(group(c.pillars, 'protection').counts.applicable).toBe(2);
  });

  it('a helpline question answered "don’t know" leaves its follow-ups not yet assessed, not "not in place"', () => {
    const answers = { ...answersOf('no-helpline.answers.yaml'), 'PRO-HLP-01': { unknown: true as const } };
    const c = scoreAnswers(MEASURES, answers);
    expect(['PRO-HLP-02', 'PRO-HLP-03'].map((id) => status(c, id))).toEqual(['unanswered', 'unanswered']);
    expect(c.gaps.filter((id) => id.startsWith('PRO-HLP'))).toEqual([]);
    expect(c.dataGaps).toEqual(['PRO-HLP-01']);
    expect(c.draft).toEqual({ unassessed: 2, total: 11 });
  });

  it('an answer left in the file for a follow-up whose gate is No does not count', () => {
    const answers = { ...answersOf('no-helpline.answers.yaml'), 'PRO-HLP-02': { level: 'established' } };
    const c = scoreAnswers(MEASURES, answers);
    expect(status(c, 'PRO-HLP-02')).toBe('absent');
    expect(c.overall.percent).toBeCloseTo(50.0, 1);
  });
});

describe('themes mean something: no child-marriage measures gives 0% on child marriage', () => {
  const c = card('no-child-marriage.answers.yaml');

  it('scores child marriage 0% while the overall score stays high (76.2%)', () => {
    const cm = group(c.themes, 'child_marriage');
    expect(cm.percent).toBe(0);
    expect(cm.counts).toMatchObject({ total: 3, applicable: 3, answered: 3 });
    expect(cm.band).toBe(0);
    expect(c.overall.percent).toBeCloseTo(76.19, 1);
    expect(group(c.themes, 'prostitution').percent).toBe(100);
  });

  it('scores the questions with no theme as cross-cutting, not in any theme', () => {
    expect(c.crossCutting.percent).toBe(100);
    expect(c.crossCutting.counts.total).toBe(5);
    const inThemes = c.themes.reduce((n, t) => n + t.counts.total, 0);
    expect(inThemes + c.crossCutting.counts.total).toBe(c.overall.counts.total);
    for (const id of ['PRV-EDU-01', 'PRO-HLP-01', 'REH-CAR-01']) {
      expect(c.questions.find((q) => q.id === id)?.themes).toEqual([]);
    }
  });

  it('puts 0% in the child-marriage cell of the prevention pillar and no score in the others', () => {
    expect(group(c.matrix, 'prevention/child_marriage').percent).toBe(0);
    expect(group(c.matrix, 'rehabilitation/child_marriage').percent).toBeUndefined();
  });
});

describe('a 28-of-102 assessment is a draft, not a list of findings', () => {
  const answers = answersOf('draft.answers.yaml', DRAFT);
  const c = scoreAnswers(DRAFT, answers);

  it('has 102 scored questions, 28 answers and the draft mark 74 of 102', () => {
    expect(c.questions.filter((q) => q.scored)).toHaveLength(102);
    expect(Object.keys(answers)).toHaveLength(28);
    expect(c.draft).toEqual({ unassessed: 74, total: 102 });
    expect(c.overall.counts).toMatchObject({
      answered: 25,
      unknown: 2,
      na: 1,
      unanswered: 74,
      absent: 0,
      inapplicable: 0,
    });
  });

  it('lists no unanswered and no "don’t know" question among the gaps', () => {
    const open = new Set(c.questions.filter((q) => q.status === 'unanswered').map((q) => q.id));
    expect(open.size).toBe(74);
    expect(c.gaps.filter((id) => open.has(id))).toEqual([]);
    expect(c.gaps.length).toBeGreaterThan(0);
    expect(c.gaps.every((id) => answers[id]?.level !== undefined || answers[id]?.value !== undefined)).toBe(
      true,
    );
    expect(c.dataGaps).toEqual(['PRV-Q05', 'PRO-Q17']);
    expect(c.gaps).not.toContain('PRV-Q05');
    expect(c.gaps).not.toContain('PRO-Q17');
  });

  it('gives an unanswered question no gap though it counts at 0 in the denominator', () => {
    const q = c.questions.find((x) => x.id === 'REH-Q10');
    expect(q).toMatchObject({ status: 'unanswered', counted: true, value: 0, gap: 0 });
    expect(group(c.pillars, 'rehabilitation').possible).toBeGreaterThan(0);
  });

  it('shows the pillar nobody assessed as "not enough answers": no band, 0% coverage', () => {
    const reh = group(c.pillars, 'rehabilitation');
    expect(reh).toMatchObject({ enough: false, band: undefined, coverage: 0, percent: 0 });
    expect(reh.counts.unanswered).toBe(34);
    const prv = group(c.pillars, 'prevention');
    expect(prv.enough).toBe(true);
    expect(prv.band).toBe(0);
    expect(prv.coverage).toBeCloseTo((100 * 18) / 33, 6);
    const pro = group(c.pillars, 'protection');
    expect(pro).toMatchObject({ enough: false, band: undefined });
    expect(c.overall).toMatchObject({ enough: false, band: undefined });
  });

  it('keeps questions whose gate is unanswered or "don’t know" open: not yet assessed, never not applicable', () => {
    // PRO-Q01 and REH-Q01 are unanswered gates; PRV-Q05 is answered "don't know".
    for (const id of [
      'PRO-Q02',
      'PRO-Q03',
      'PRO-Q04',
      'REH-Q02',
      'REH-Q03',
      'REH-Q04',
      'PRV-Q06',
      'PRO-Q06',
    ]) {
      expect([id, status(c, id)]).toEqual([id, 'unanswered']);
    }
    // A gate answered Yes opens its follow-ups, which stay not yet assessed until answered.
    expect(['PRV-Q02', 'PRV-Q03', 'PRV-Q04'].map((id) => status(c, id))).toEqual([
      'unanswered',
      'unanswered',
      'unanswered',
    ]);
    expect(c.questions.filter((q) => q.status === 'inapplicable')).toEqual([]);
  });
});

describe('ranking and ties', () => {
  it('ranks equal gaps obligation before recommendation before practice, then by weight, then checklist order', () => {
    const c = card('ties-by-basis.answers.yaml', TIES);
    expect(c.gaps).toEqual([
      'PRO-T04', // 3.00, obligation, weight 4
      'PRO-T05', // 3.00, obligation, weight 4, later in the checklist
      'PRO-T03', // 3.00, recommendation, weight 4
      'PRO-T02', // 3.00, recommendation, weight 3
      'PRO-T08', // 2.00, obligation
      'PRO-T07', // 2.00, recommendation
      'PRO-T01', // 2.00, practice, weight 2, in checklist order
      'PRO-T09',
      'PRO-T10',
      'PRO-T11', // 1.00
    ]);
    const gap = (id: string) => c.questions.find((q) => q.id === id)?.gap;
    expect(['PRO-T04', 'PRO-T05', 'PRO-T03', 'PRO-T02'].map(gap)).toEqual([3, 3, 3, 3]);
    expect(['PRO-T08', 'PRO-T07', 'PRO-T01', 'PRO-T09', 'PRO-T10'].map(gap)).toEqual([2, 2, 2, 2, 2]);
  });

  it('does not call equal gaps of a different basis a tie at the top-five cut', () => {
    const c = card('ties-by-basis.answers.yaml', TIES);
    expect(c.gaps[TOP_GAPS - 1]).toBe('PRO-T08');
    expect(tieAfterTopGaps(c)).toBeUndefined();
  });

  it('counts only the gaps that tie on gap, basis and weight after the cut', () => {
    const c = card('ties-at-cut.answers.yaml', TIES);
    expect(c.gaps).toEqual([
      'PRO-T04',
      'PRO-T05',
      'PRO-T03',
      'PRO-T02',
      'PRO-T01',
      'PRO-T09',
      'PRO-T10',
      'PRO-T11',
    ]);
    // PRO-T11 also has a practice basis but weighs 1: it does not tie with PRO-T01.
    expect(tieAfterTopGaps(c)).toEqual({ count: 2, gap: 2 });
  });
});
