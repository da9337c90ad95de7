import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { indexChecklist, type Answer, type Checklist, type Question } from '../../src/model/checklist.js';
import { scoreAnswers, type GroupScore, type Scorecard } from '../../src/score/index.js';

const LEVELS = ['none', 'low', 'mid', 'top'] as const;
const THEMES = ['t1', 't2', 't3'];

interface Spec {
  questions: { weight: number; pillar: number; themes: string[] }[];
  answers: (number | 'na' | 'unknown' | 'none')[];
}

const specArb: fc.Arbitrary<Spec> = fc
  .array(
    fc.record({
      weight: fc.integer({ min: 1, max: 5 }),
      pillar: fc.integer({ min: 0, max: 1 }),
      themes: fc.subarray(THEMES),
    }),
    { minLength: 1, maxLength: 12 },
  )
  .chain((questions) =>
    fc.record({
      questions: fc.constant(questions),
      answers: fc.array(
        fc.oneof(
          fc.integer({ min: 0, max: 3 }),
          fc.constantFrom('na' as const, 'unknown' as const, 'none' as const),
        ),
        { minLength: questions.length, maxLength: questions.length },
      ),
    }),
  );

/** A question's basis as the fixtures derive it from its weight: 5 an obligation (citing the OPSC), 3-4 a recommendation. */
function basisOf(weight: number): Pick<Question, 'basis' | 'refs'> {
  if (weight >= 5) return { basis: 'obligation', refs: { opsc: ['art. 3'] } };
  return { basis: weight >= 3 ? 'recommendation' : 'practice' };
}

function build(spec: Spec): { checklist: Checklist; answers: Record<string, Answer> } {
  const question = (i: number, q: Spec['questions'][number]): Question => ({
    id: `Q-${i}`,
    text: `Question ${i}`,
    weight: q.weight,
    ...basisOf(q.weight),
    themes: q.themes,
  });
  const checklist: Checklist = {
    format: 'opsc-audit/checklist@1',
    id: 'prop',
    version: '1.0.0',
    title: 'Property checklist',
    language: 'en',
    sources: [{ id: 'S', title: 'Source' }],
    scale: LEVELS.map((key, value) => ({ key, value: value === 3 ? 5 : value, label: key })),
    bands: [
      { min: 0, label: 'Low' },
      { min: 50, label: 'High' },
    ],
    pillars: ['p0', 'p1'],
    themes: THEMES,
    sections: [0, 1].map((p) => ({
      id: `s${p}`,
      pillar: `p${p}`,
      title: `Section ${p}`,
      questions: spec.questions.flatMap((q, i) => (q.pillar === p ? [question(i, q)] : [])),
    })),
  };
  checklist.sections = checklist.sections.filter((s) => s.questions.length > 0);
  const answers: Record<string, Answer> = {};
  spec.answers.forEach((a, i) => {
    if (a === 'na') answers[`Q-${i}`] = { na: { reason: 'r' } };
    else if (a === 'unknown') answers[`Q-${i}`] = { unknown: true };
    else if (typeof a === 'number') answers[`Q-${i}`] = { level: LEVELS[a] ?? 'none' };
  });
  return { checklist, answers };
}

function groups(card: Scorecard): GroupScore[] {
  return [card.overall, ...card.pillars, ...card.themes, ...card.sections, ...card.matrix];
}

const score = (checklist: Checklist, answers: Record<string, Answer>): Scorecard =>
  scoreAnswers(indexChecklist(checklist), answers);

describe('scoring properties', () => {
  it('keeps every score and coverage within 0..100', () => {
    fc.assert(
      fc.property(specArb, (spec) => {
        const { checklist, answers } = build(spec);
        for (const g of groups(score(checklist, answers))) {
          if (g.percent !== undefined) expect(g.percent).toBeGreaterThanOrEqual(0);
          if (g.percent !== undefined) expect(g.percent).toBeLessThanOrEqual(100);
          if (g.coverage !== undefined) expect(g.coverage).toBeLessThanOrEqual(100);
        }
      }),
    );
  });

  it('never changes a score when a not-applicable question is added', () => {
    fc.assert(
      fc.property(specArb, fc.nat(), fc.subarray(THEMES), (spec, at, themes) => {
        const { checklist, answers } = build(spec);
        const before = score(checklist, answers);
        const section = checklist.sections[at % checklist.sections.length];
        section?.questions.push({ id: 'Q-NEW', text: 'Added', weight: 5, ...basisOf(5), themes });
        const after = score(checklist, { ...answers, 'Q-NEW': { na: { reason: 'does not apply' } } });
        expect(groups(after).map((g) => g.percent)).toEqual(groups(before).map((g) => g.percent));
      }),
    );
  });

  it('never lowers any score when one answer is raised', () => {
    fc.assert(
      fc.property(specArb, fc.nat(), fc.integer({ min: 0, max: 3 }), (spec, pick, raise) => {
        const i = pick % spec.answers.length;
        const current = spec.answers[i];
        const from = typeof current === 'number' ? current : 0;
        const raised: Spec = {
          ...spec,
          answers: spec.answers.map((a, k) => (k === i ? Math.max(from, raise) : a)),
        };
        if (current === 'na') return; // changing "not applicable" to an answer is not raising it
        const before = groups(score(build(spec).checklist, build(spec).answers));
        const after = groups(score(build(raised).checklist, build(raised).answers));
        after.forEach((g, k) => {
          const b = before[k]?.percent;
          if (b !== undefined && g.percent !== undefined) expect(g.percent).toBeGreaterThanOrEqual(b - 1e-9);
        });
      }),
    );
  });
});
