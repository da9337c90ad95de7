import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  indexChecklist,
  type Answer,
  type Checklist,
  type Condition,
  type Question,
} from '../../src/model/checklist.js';
import { BASIS_WEIGHTS, type Basis } from '../../src/model/basis.js';
import { scoreAnswers, type GroupScore, type Scorecard } from '../../src/score/index.js';

// Properties of the issue 13 model on random checklists with dependencies (`requires`) and applicability (`when`).
// Flipping a question that a `when` reads may legitimately take questions out of the denominator, which can
// raise a score of a group the flipped question is not in; so `when` conditions read only "context" questions
// (yes/no, never flipped), and `requires` conditions read the other questions with tests that only hold for
// higher answers (equals the top, atLeast, in an upward-closed set, all, any).

const LEVELS = ['none', 'low', 'mid', 'top'] as const;
const THEMES = ['t1', 't2', 't3'];
const BASES: Basis[] = ['obligation', 'recommendation', 'practice'];

/** A reference to an earlier question in a `requires`: the index among the questions before, and a threshold. */
interface Ref {
  pick: number;
  threshold: number;
  form: 'equals' | 'atLeast' | 'in';
}

interface QSpec {
  kind: 'yesno' | 'scale';
  basis: Basis;
  heavy: boolean;
  pillar: number;
  themes: string[];
  requires: { join: 'one' | 'all' | 'any'; refs: Ref[] } | undefined;
  when: { context: number; yes: boolean } | undefined;
}

type AnswerSpec = number | 'na' | 'unknown' | 'none';

interface Spec {
  contexts: boolean[];
  questions: QSpec[];
  answers: AnswerSpec[];
}

const refArb: fc.Arbitrary<Ref> = fc.record({
  pick: fc.nat(),
  threshold: fc.integer({ min: 1, max: 3 }),
  form: fc.constantFrom('equals' as const, 'atLeast' as const, 'in' as const),
});

const questionArb: fc.Arbitrary<QSpec> = fc.record({
  kind: fc.constantFrom('yesno' as const, 'scale' as const),
  basis: fc.constantFrom(...BASES),
  heavy: fc.boolean(),
  pillar: fc.integer({ min: 0, max: 1 }),
  themes: fc.subarray(THEMES),
  requires: fc.option(
    fc.record({
      join: fc.constantFrom('one' as const, 'all' as const, 'any' as const),
      refs: fc.array(refArb, { minLength: 1, maxLength: 2 }),
    }),
    { nil: undefined, freq: 2 },
  ),
  when: fc.option(fc.record({ context: fc.nat(), yes: fc.boolean() }), { nil: undefined, freq: 3 }),
});

const answerArb: fc.Arbitrary<AnswerSpec> = fc.oneof(
  { arbitrary: fc.integer({ min: 0, max: 3 }), weight: 4 },
  { arbitrary: fc.constantFrom('na' as const, 'unknown' as const, 'none' as const), weight: 1 },
);

const specArb: fc.Arbitrary<Spec> = fc
  .record({
    contexts: fc.array(fc.boolean(), { maxLength: 2 }),
    questions: fc.array(questionArb, { minLength: 1, maxLength: 12 }),
  })
  .chain(({ contexts, questions }) =>
    fc.record({
      contexts: fc.constant(contexts),
      questions: fc.constant(questions),
      answers: fc.array(answerArb, { minLength: questions.length, maxLength: questions.length }),
    }),
  );

const id = (i: number): string => `Q-${String(i).padStart(2, '0')}`;

/** The leaf of a `requires` on question `i`: it holds for answers at or above the threshold, never for lower. */
function leaf(spec: Spec, i: number, ref: Ref): Condition {
  const q = spec.questions[i];
  const question = id(i);
  if (q?.kind === 'yesno') return { question, equals: 'yes' };
  const key = LEVELS[ref.threshold] ?? 'top';
  if (ref.form === 'equals') return { question, equals: 'top' };
  if (ref.form === 'atLeast') return { question, atLeast: key };
  return { question, in: LEVELS.slice(ref.threshold) };
}

function requiresOf(spec: Spec, i: number): Condition | undefined {
  const r = spec.questions[i]?.requires;
  if (!r || i === 0) return undefined;
  const leaves = r.refs.map((ref) => leaf(spec, ref.pick % i, ref));
  if (r.join === 'one' || leaves.length === 1) return leaves[0];
  return r.join === 'all' ? { all: leaves } : { any: leaves };
}

function build(spec: Spec): { checklist: Checklist; answers: Record<string, Answer> } {
  const contexts: Question[] = spec.contexts.map((_, c) => ({
    id: `C-${c}`,
    kind: 'yesno',
    text: `Context ${c}`,
    basis: 'practice',
    weight: 1,
  }));
  const question = (i: number): Question => {
    const q = spec.questions[i];
    if (!q) throw new Error('no question');
    const range = BASIS_WEIGHTS[q.basis];
    const out: Question = {
      id: id(i),
      text: `Question ${i}`,
      basis: q.basis,
      weight: q.heavy ? range.max : range.min,
      themes: q.themes,
      ...(q.kind === 'yesno' ? { kind: 'yesno' as const } : {}),
      ...(q.basis === 'obligation' ? { refs: { opsc: ['art. 9'] } } : {}),
    };
    const requires = requiresOf(spec, i);
    if (requires) out.requires = requires;
    if (q.when && spec.contexts.length > 0)
      out.when = {
        question: `C-${q.when.context % spec.contexts.length}`,
        equals: q.when.yes ? 'yes' : 'no',
      };
    return out;
  };
  const checklist: Checklist = {
    format: 'opsc-audit/checklist@1',
    id: 'prop',
    version: '1.0.0',
    title: 'Property checklist',
    language: 'en',
    sources: [{ id: 'S', title: 'Source' }],
    scale: LEVELS.map((key, value) => ({ key, value, label: key })),
    bands: [
      { min: 0, label: 'Low' },
      { min: 50, label: 'High' },
    ],
    pillars: ['p0', 'p1'],
    themes: THEMES,
    sections: [
      { id: 'ctx', pillar: 'p0', title: 'Context', questions: contexts },
      ...[0, 1].map((p) => ({
        id: `s${p}`,
        pillar: `p${p}`,
        title: `Section ${p}`,
        questions: spec.questions.flatMap((q, i) => (q.pillar === p ? [question(i)] : [])),
      })),
    ],
  };
  checklist.sections = checklist.sections.filter((s) => s.questions.length > 0);
  const answers: Record<string, Answer> = {};
  spec.contexts.forEach((yes, c) => (answers[`C-${c}`] = { value: yes }));
  spec.answers.forEach((a, i) => {
    const yesno = spec.questions[i]?.kind === 'yesno';
    if (a === 'na') answers[id(i)] = { na: { reason: 'r' } };
    else if (a === 'unknown') answers[id(i)] = { unknown: true };
    else if (typeof a === 'number')
      answers[id(i)] = yesno ? { value: a >= 2 } : { level: LEVELS[a] ?? 'none' };
  });
  return { checklist, answers };
}

/** The top and the lowest answer of question i. */
function extremes(spec: Spec, i: number): { top: Answer; lowest: Answer } {
  return spec.questions[i]?.kind === 'yesno'
    ? { top: { value: true }, lowest: { value: false } }
    : { top: { level: 'top' }, lowest: { level: 'none' } };
}

/** Every group a user reads a score for, each with a name that says where it is. */
function groups(card: Scorecard): [string, GroupScore][] {
  return [
    ['overall', card.overall],
    ['cross-cutting', card.crossCutting],
    ...card.pillars.map((g): [string, GroupScore] => [`pillar ${g.id}`, g]),
    ...card.themes.map((g): [string, GroupScore] => [`theme ${g.id}`, g]),
    ...card.sections.map((g): [string, GroupScore] => [`section ${g.id}`, g]),
    ...card.matrix.map((g): [string, GroupScore] => [`cell ${g.id}`, g]),
  ];
}

/** The questions some `requires` reads: the gates. */
function gates(spec: Spec): number[] {
  const out = new Set<number>();
  spec.questions.forEach((q, i) => {
    if (q.requires && i > 0) q.requires.refs.forEach((r) => out.add(r.pick % i));
  });
  return [...out];
}

const score = (checklist: Checklist, answers: Record<string, Answer>): Scorecard =>
  scoreAnswers(indexChecklist(checklist), answers);

describe('scoring properties of dependencies and themes', () => {
  it('never raises any score when a gate goes from its top answer to No or the lowest level', () => {
    fc.assert(
      fc.property(specArb, fc.nat(), (spec, pick) => {
        const candidates = gates(spec);
        const g =
          candidates.length > 0 ? (candidates[pick % candidates.length] ?? 0) : pick % spec.questions.length;
        const { checklist, answers } = build(spec);
        const { top, lowest } = extremes(spec, g);
        const before = groups(score(checklist, { ...answers, [id(g)]: top }));
        const after = groups(score(checklist, { ...answers, [id(g)]: lowest }));
        after.forEach(([name, a], k) => {
          const b = before[k]?.[1];
          const where = `${name} when ${id(g)} goes down`;
          if (b?.percent === undefined) {
            // A group with no score before gains one only from questions now not in place, at 0.
            if (a.percent !== undefined) expect([where, a.percent]).toEqual([where, 0]);
            return;
          }
          expect([where, a.percent !== undefined]).toEqual([where, true]);
          expect([where, (a.percent ?? 0) <= b.percent + 1e-9]).toEqual([where, true]);
        });
      }),
      { numRuns: 500 },
    );
  });

  it('scores 0% on a theme whose every specific question is at the lowest level, whatever the other answers', () => {
    fc.assert(
      fc.property(specArb, fc.constantFrom(...THEMES), (spec, theme) => {
        const { checklist, answers } = build(spec);
        spec.questions.forEach((q, i) => {
          if (q.themes.includes(theme)) answers[id(i)] = extremes(spec, i).lowest;
        });
        const card = score(checklist, answers);
        const t = card.themes.find((x) => x.id === theme);
        if (t?.counts.applicable === 0) expect(t.percent).toBeUndefined();
        else expect(t?.percent).toBe(0);
        for (const cell of card.matrix.filter((c) => c.theme === theme && c.counts.applicable > 0))
          expect(cell.percent).toBe(0);
      }),
      { numRuns: 300 },
    );
  });

  it('sorts every scored question of every group into exactly one category of the interview summary', () => {
    fc.assert(
      fc.property(specArb, (spec) => {
        const { checklist, answers } = build(spec);
        const card = score(checklist, answers);
        for (const [name, g] of groups(card)) {
          const c = g.counts;
          const applicable = c.answered + c.absent + c.unknown + c.unanswered;
          expect([name, applicable + c.na + c.inapplicable]).toEqual([name, c.total]);
          expect([name, applicable]).toEqual([name, c.applicable]);
        }
        expect(card.overall.counts.total).toBe(spec.contexts.length + spec.questions.length);
      }),
      { numRuns: 300 },
    );
  });
});
