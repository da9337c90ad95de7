import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { indexChecklist, type Answer, type Checklist } from '../../src/model/checklist.js';
import { reconcileAgain, reconcileConditions, type Reconciled } from '../../src/interview/skip-logic.js';
import { loadIndex } from '../fixtures/interview/harness.js';

const NOW = new Date('2026-01-02T12:00:00Z');

/** A -> B -> C by `when`, D requires C, E and F without conditions. */
async function checklist() {
  const base = (await loadIndex()).checklist;
  const checklist: Checklist = {
    ...base,
    sections: [
      {
        id: 'chain',
        pillar: 'prevention',
        title: 'Chain',
        questions: [
          { id: 'A', kind: 'yesno', text: 'A?', basis: 'practice' },
          { id: 'B', kind: 'yesno', text: 'B?', basis: 'practice', when: { question: 'A', equals: 'yes' } },
          { id: 'C', text: 'C?', basis: 'practice', when: { question: 'B', equals: 'yes' } },
          { id: 'D', text: 'D?', basis: 'practice', requires: { question: 'C', atLeast: 'partial' } },
          { id: 'E', text: 'E?', basis: 'practice' },
          { id: 'F', kind: 'yesno', text: 'F?', basis: 'practice' },
        ],
      },
    ],
  };
  return indexChecklist(checklist);
}

const answer: fc.Arbitrary<Answer | undefined> = fc.constantFrom(
  undefined,
  { value: true },
  { value: false },
  { level: 'none' },
  { level: 'partial' },
  { skipped: true as const },
  { unknown: true as const },
  { na: { reason: 'n/a' } },
);

const step = fc.array(fc.tuple(fc.constantFrom('A', 'B', 'C', 'D', 'E', 'F'), answer), { maxLength: 3 });

describe("the interview's save re-evaluates conditions only when an answer they rest on changed", () => {
  it('gives the same gates and marks as a full reconcile after any sequence of answers', async () => {
    const index = await checklist();
    fc.assert(
      fc.property(fc.array(step, { maxLength: 12 }), (steps) => {
        const answers: Record<string, Answer> = {};
        const full: Record<string, Answer> = {};
        reconcileConditions(index, answers, NOW);
        let before: Reconciled | undefined;
        for (const changes of steps) {
          for (const [id, given] of changes) {
            // A new object each time, as the interview replaces answers; a copy for the full reconcile.
            if (given === undefined) {
              // eslint-disable-next-line @typescript-eslint/no-dynamic-delete -- answers are keyed by question id
              delete answers[id];
              // eslint-disable-next-line @typescript-eslint/no-dynamic-delete -- answers are keyed by question id
              delete full[id];
            } else {
              answers[id] = structuredClone(given);
              full[id] = structuredClone(given);
            }
          }
          before = reconcileAgain(index, answers, NOW, before);
          const applies = reconcileConditions(index, full, NOW);
          expect(answers).toEqual(full);
          for (const q of index.questions) {
            expect(before.applies.get(q.question.id) ?? 'open').toBe(applies.get(q.question.id) ?? 'open');
          }
        }
      }),
      { numRuns: 500 },
    );
  });
});
