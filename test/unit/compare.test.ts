import { beforeEach, describe, expect, it } from 'vitest';
import { compareAnswers } from '../../src/compare/compare-answers.js';
import { compareQuestion } from '../../src/compare/classify.js';
import type { QuestionScore } from '../../src/score/types.js';
import { chooseMode } from '../../src/compare/choose-mode.js';
import { rankDifferences } from '../../src/compare/view-sections.js';
import { translator } from '../../src/i18n/format.js';
import type { Answer, AnswersFile, ChecklistIndex } from '../../src/model/checklist.js';
import { questionDigest } from '../../src/model/digest.js';
import { loadFixtureIndex } from '../helpers/fixtures.js';

const v10 = loadFixtureIndex('compare/checklist-v1.0.yaml');
const v11 = loadFixtureIndex('compare/checklist-v1.1.yaml');

type Respondent = AnswersFile['respondent'];
const GOV: Respondent = {
  organization: 'Ministry of Social Welfare',
  role: 'government',
  date: '2024-03-01',
};
const GOV_LATER: Respondent = {
  organization: ' ministry of  SOCIAL welfare ',
  role: 'government',
  date: '2026-05-01',
};
const NGO: Respondent = { organization: 'Child Rights Coalition', role: 'ngo', date: '2026-05-10' };

/** An answers file for an index, each answer stamped with the digest of the question it answers. */
function file(index: ChecklistIndex, respondent: Respondent, answers: Record<string, Answer>): AnswersFile {
  const stamped: Record<string, Answer> = {};
  for (const [id, a] of Object.entries(answers)) {
    const q = index.byId.get(id);
    stamped[id] = q ? { ...a, digest: questionDigest(q) } : a;
  }
  return {
    format: 'opsc-audit/answers@1',
    checklist: { id: index.checklist.id, version: index.checklist.version },
    respondent,
    answers: stamped,
  };
}

function compare(base: AnswersFile, current: AnswersFile, index = v11, baseIndex?: ChecklistIndex) {
  return compareAnswers({
    base: { file: 'base.yaml', answers: base, index: baseIndex },
    current: { file: 'current.yaml', answers: current, index: undefined },
    index,
  });
}

const change = (c: ReturnType<typeof compare>, id: string) => c.questions.find((q) => q.id === id);

describe('compare: progress between two dates of one organization', () => {
  const base = file(v11, GOV, {
    'PRV-01': { level: 'paper' },
    'PRV-02': { value: true },
    'PRV-03': { level: 'partial' },
    'PRO-01': { unknown: true },
    'PRO-02': { level: 'partial' },
    'PRO-03': { value: 'all' },
    'PRO-04': { value: 'Ministry' },
    'REH-01': { na: { reason: 'No victims identified' } },
    'REH-03': { level: 'established' },
  });
  const current = file(v11, GOV_LATER, {
    'PRV-01': { level: 'partial' },
    'PRV-02': { value: true },
    'PRV-03': { level: 'paper' },
    'PRO-01': { level: 'partial' },
    'PRO-02': { unknown: true },
    'PRO-03': { value: 'some' },
    'PRO-04': { value: 'Another ministry' },
    'REH-01': { level: 'none' },
    'REH-04': { level: 'paper' },
  });
  let c: ReturnType<typeof compare>;
  // Compared in each test, not once per describe: mutation testing (npm run mutation) counts code run outside a
  // test as run by every test, which makes each mutant of the scoring code re-run the whole suite.
  beforeEach(() => {
    c = compare(base, current);
  });

  it('chooses progress: the same organization (ignoring case and spaces) at two dates', () => {
    expect(c.mode).toBe('progress');
  });

  it('classifies every question: improved, regressed, unchanged, newly answered, dropped', () => {
    const kinds = Object.fromEntries(c.questions.map((q) => [q.id, q.change]));
    expect(kinds).toEqual({
      'PRV-01': 'improved',
      'PRV-02': 'unchanged',
      'PRV-03': 'regressed',
      'PRO-01': 'newly-answered',
      'PRO-02': 'dropped',
      'PRO-03': 'regressed',
      // Not applicable before, answered now: it came into scope.
      'REH-01': 'newly-answered',
      // Established before, no answer now.
      'REH-03': 'dropped',
      // Not answered before, answered now.
      'REH-04': 'newly-answered',
    });
  });

  it('leaves unscored questions out of the comparison', () => {
    expect(change(c, 'PRO-04')).toBeUndefined();
  });

  it('gives the change in score as a share of the top of the scale', () => {
    expect(change(c, 'PRV-01')?.delta).toBeCloseTo(1 / 3);
    expect(change(c, 'PRO-03')?.delta).toBeCloseTo(-1 / 2);
    expect(change(c, 'PRO-01')?.delta).toBeUndefined();
  });

  it('finds gaps opened (at target, now below) only between two assessments', () => {
    // PRO-01's target is "partial": don't know before (no data, not a gap), partial now: no gap closed.
    expect(c.questions.filter((q) => q.gapClosed).map((q) => q.id)).toEqual([]);
    // PRO-03 was at its top ("all"), now "some". REH-03 was established, now unanswered: not yet assessed is
    // not a gap, so none opened there.
    expect(c.questions.filter((q) => q.gapOpened).map((q) => q.id)).toEqual(['PRO-03']);
  });

  it('closes a gap only when the question is assessed again and meets its target', () => {
    const q = (status: QuestionScore['status'], gap: number): QuestionScore => ({
      id: 'Q',
      index: 0,
      sectionId: 's',
      pillar: 'p',
      themes: [],
      actors: [],
      weight: 3,
      basis: 'recommendation',
      status,
      dependsOn: [],
      scored: true,
      counted: true,
      value: gap > 0 ? 0 : 2,
      max: 2,
      target: 2,
      fraction: gap > 0 ? 0 : 1,
      gap,
    });
    expect(compareQuestion(q('answered', 3), q('answered', 0)).gapClosed).toBe(true);
    expect(compareQuestion(q('absent', 3), q('answered', 0)).gapClosed).toBe(true);
    expect(compareQuestion(q('answered', 3), q('unanswered', 0)).gapClosed).toBe(false);
    expect(compareQuestion(q('answered', 3), q('unknown', 0)).gapClosed).toBe(false);
    expect(compareQuestion(q('answered', 0), q('absent', 3)).gapOpened).toBe(true);
    expect(compareQuestion(q('unanswered', 0), q('answered', 3)).gapOpened).toBe(false);
  });

  it('reports the change in score and coverage overall and per pillar', () => {
    // Base: applicable = all scored but REH-01 (n/a): 9 scored - 1 = 8 applicable, 6 answered.
    expect(c.overall.base.counts).toMatchObject({ applicable: 8, answered: 6, na: 1 });
    expect(c.overall.current.counts).toMatchObject({ applicable: 9, answered: 7 });
    expect(c.overall.coverageDelta).toBeCloseTo((100 * 7) / 9 - (100 * 6) / 8);
    const rehab = c.pillars.find((p) => p.id === 'rehabilitation');
    // Base: REH-03 established (w1) out of REH-03 + REH-04 (w1 + w2) = 1/3; now REH-01 none, REH-04 paper.
    expect(rehab?.base.percent).toBeCloseTo(100 / 3);
    expect(rehab?.current.percent).toBeCloseTo((100 * (2 / 3)) / 5);
    expect(rehab?.delta).toBeCloseTo((100 * (2 / 3)) / 5 - 100 / 3);
  });
});

describe('compare: divergence between government and NGO', () => {
  const gov = file(
    v11,
    { ...GOV, date: '2026-05-01' },
    {
      'PRV-01': { level: 'partial' },
      'PRV-02': { value: true },
      'PRV-03': { level: 'paper' },
      'PRO-01': { level: 'partial' },
      'PRO-02': { unknown: true },
      'PRO-03': { value: 'some' },
      'REH-01': { level: 'established' },
      'REH-03': { level: 'paper' },
      'REH-04': { level: 'partial' },
    },
  );
  const ngo = file(v11, NGO, {
    'PRV-01': { level: 'paper' },
    'PRV-02': { value: true },
    'PRV-03': { level: 'none' },
    'PRO-01': { unknown: true },
    'PRO-02': { level: 'partial' },
    'PRO-03': { value: 'none' },
    'REH-01': { level: 'paper' },
    'REH-03': { level: 'paper' },
    'REH-04': { na: { reason: 'Not monitored' } },
  });
  let c: ReturnType<typeof compare>;
  beforeEach(() => {
    c = compare(gov, ngo);
  });

  it('chooses divergence for different roles', () => {
    expect(c.mode).toBe('divergence');
  });

  it('ranks differences by |difference| x weight, largest first', () => {
    const ranked = rankDifferences(c).map((q) => [q.id, Number(q.weightedDifference.toFixed(3))]);
    // REH-01: w2 x 2/3; PRV-01: w3 x 1/3; PRV-03: w2 x 1/3; PRO-03: w1 x 1/2.
    expect(ranked).toEqual([
      ['REH-01', 1.333],
      ['PRV-01', 1],
      ['PRV-03', 0.667],
      ['PRO-03', 0.5],
    ]);
  });

  it('computes the agreement rate overall and per pillar over questions both answered', () => {
    expect(c.agreement.overall).toMatchObject({ compared: 6, agreed: 2 });
    expect(c.agreement.overall.percent).toBeCloseTo(100 / 3);
    expect(c.agreement.pillars.map((p) => [p.id, p.agreed, p.compared])).toEqual([
      ['prevention', 1, 3],
      ['protection', 0, 1],
      ['rehabilitation', 1, 2],
    ]);
  });

  it('lists questions one side answered while the other said don’t know or not applicable', () => {
    const oneSided = c.questions.filter((q) => q.agreement === 'one-sided');
    expect(oneSided.map((q) => [q.id, q.base.status, q.current.status])).toEqual([
      ['PRO-01', 'answered', 'unknown'],
      ['PRO-02', 'unknown', 'answered'],
      ['REH-04', 'answered', 'na'],
    ]);
  });
});

describe('compare: different checklist versions', () => {
  const base = file(v10, GOV, {
    'PRV-01': { level: 'paper' },
    'REH-01': { level: 'paper' },
    'REH-02': { level: 'partial' },
    'REH-03': { level: 'none' },
  });
  const current = file(v11, GOV_LATER, {
    'PRV-01': { level: 'partial' },
    'REH-01': { level: 'paper' },
    'REH-03': { level: 'established' },
    'REH-04': { level: 'established' },
  });

  it('with both checklists at hand, lists exactly the questions added, removed and reworded', () => {
    const c = compare(base, current, v11, v10);
    expect(c.versions.added.map((e) => e.id)).toEqual(['REH-04']);
    expect(c.versions.removed.map((e) => [e.id, e.text])).toEqual([
      ['REH-02', 'Is there a compensation fund for child victims?'],
    ]);
    expect(c.versions.reworded.map((e) => [e.id, e.previousText])).toEqual([
      ['REH-03', 'Are there shelters for child victims?'],
    ]);
    expect(c.versions.inferred).toBe(false);
  });

  it('leaves them out of every delta rather than mis-comparing them', () => {
    const c = compare(base, current, v11, v10);
    const ids = c.questions.map((q) => q.id);
    expect(ids).not.toContain('REH-03');
    expect(ids).not.toContain('REH-04');
    // Rehabilitation is REH-01 alone on both sides: paper = 1/3 both times.
    const rehab = c.pillars.find((p) => p.id === 'rehabilitation');
    expect(rehab?.base.percent).toBeCloseTo(100 / 3);
    expect(rehab?.current.percent).toBeCloseTo(100 / 3);
    expect(rehab?.delta).toBeCloseTo(0);
    // A question never answered in base that is in both versions is newly answered, not "added".
    expect(change(c, 'PRO-01')?.change).toBe('unchanged');
  });

  it('without the earlier checklist, detects rewording from the answers’ digests and infers the added questions', () => {
    const c = compare(base, current);
    expect(c.versions.reworded.map((e) => e.id)).toEqual(['REH-03']);
    expect(c.versions.removed.map((e) => e.id)).toEqual(['REH-02']);
    expect(c.versions.inferred).toBe(true);
    // Questions the base file never mentions count as added.
    expect(c.versions.added.map((e) => e.id)).toContain('REH-04');
    expect(c.questions.map((q) => q.id)).toEqual(['PRV-01', 'REH-01']);
  });

  it('treats a stale digest on either side as a reworded question, even at the same version', () => {
    const stale = file(v11, GOV, { 'PRV-01': { level: 'paper' } });
    const again = file(v11, GOV_LATER, {});
    const c = compare(stale, {
      ...again,
      answers: { 'PRV-01': { level: 'partial', digest: '000000000000' } },
    });
    expect(c.versions.reworded.map((e) => e.id)).toEqual(['PRV-01']);
    expect(change(c, 'PRV-01')).toBeUndefined();
    expect(c.versions.inferred).toBe(false);
  });
});

describe('issue 12 point 15: answers named like Object.prototype members', () => {
  it('12.15: an answer keyed "toString" in one file is not taken as answered in the other', () => {
    const base = file(v10, GOV, { 'PRV-01': { level: 'paper' }, toString: { unknown: true as const } });
    const current = file(v11, GOV_LATER, {
      'PRV-01': { level: 'partial' },
      hasOwnProperty: { unknown: true as const },
    });
    const c = compare(base, current);
    const removed = new Map(c.versions.removed.map((e) => [e.id, e]));
    expect(removed.get('toString')).toMatchObject({ inBase: true, inCurrent: false });
    expect(removed.get('hasOwnProperty')).toMatchObject({ inBase: false, inCurrent: true });
  });
});

describe('chooseMode', () => {
  const t = translator('en');
  const said = (c: ReturnType<typeof chooseMode>) => ({
    mode: c.mode,
    reason: t(c.reason.key, c.reason.params),
  });
  it('reads the same organization at two dates as progress, whatever the case and spacing', () => {
    expect(chooseMode(GOV, GOV_LATER).mode).toBe('progress');
  });
  it('reads different roles as divergence', () => {
    expect(said(chooseMode(GOV, NGO))).toEqual({
      mode: 'divergence',
      reason: 'the respondents have different roles (government, ngo)',
    });
  });
  it('reads anything else as progress', () => {
    expect(chooseMode({ organization: 'A', role: 'ngo' }, { organization: 'B', role: 'ngo' }).mode).toBe(
      'progress',
    );
    expect(chooseMode({}, {}).mode).toBe('progress');
    // Same organization, same date, different roles: not two dates, so the roles decide.
    expect(chooseMode({ ...GOV, role: 'nhri' }, GOV).mode).toBe('divergence');
  });
  it('lets --mode override the choice', () => {
    expect(said(chooseMode(GOV, NGO, 'progress'))).toEqual({
      mode: 'progress',
      reason: 'chosen with --mode progress',
    });
    expect(chooseMode(GOV, GOV_LATER, 'divergence').mode).toBe('divergence');
  });
});
