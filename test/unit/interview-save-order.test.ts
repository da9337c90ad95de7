import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { indexChecklist, type Answer, type AnswersFile, type Checklist } from '../../src/model/checklist.js';
import { commit, openSession } from '../../src/interview/session.js';
import type { Prompter } from '../../src/interview/prompter-types.js';
import { AnswersText } from '../../src/answers/answers-text.js';
import { serializeAnswers } from '../../src/answers/serialize.js';

const COUNT = 24;
const QUESTION_IDS = Array.from({ length: COUNT }, (_, i) => `LAW-${String(i + 1).padStart(2, '0')}`);

/** A checklist without conditions, so that a save changes nothing but the order of the answers. */
function checklist(): Checklist {
  return {
    format: 'opsc-audit/checklist@1',
    id: 'order',
    version: '1.0.0',
    title: 'Order',
    language: 'en',
    sources: [{ id: 'S', title: 'Source' }],
    scale: ['none', 'partial', 'established'].map((key, value) => ({ key, value, label: key })),
    bands: [{ min: 0, label: 'All' }],
    pillars: ['p'],
    themes: [],
    sections: [0, 1, 2].map((s) => ({
      id: `s${s}`,
      pillar: 'p',
      title: `Section ${s}`,
      questions: QUESTION_IDS.filter((_, i) => i % 3 === s).map((id) => ({
        id,
        text: `Question ${id}`,
        basis: 'practice' as const,
      })),
    })),
  };
}

// Ids of the checklist, and ids it lacks (kept at the end of the file), one of them integer-like.
const id = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...QUESTION_IDS) },
  { weight: 1, arbitrary: fc.constantFrom('OLD-01', 'OLD-02', '7') },
);

type Op = { op: 'answer'; id: string; level: string } | { op: 'clear'; id: string };

const op: fc.Arbitrary<Op> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.record({
      op: fc.constant('answer' as const),
      id,
      level: fc.constantFrom('none', 'partial'),
    }),
  },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('clear' as const), id }) },
);

describe('the interview keeps the answers in checklist order at every save', () => {
  it('after any answers, changes and clears, the saved order and bytes are those of a full sort', async () => {
    const index = indexChecklist(checklist());
    const position = (key: string) => index.byId.get(key)?.index ?? Number.MAX_SAFE_INTEGER;
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.array(op, { minLength: 1, maxLength: 4 }), { maxLength: 30 }),
        async (saves) => {
          const file: AnswersFile = {
            format: 'opsc-audit/answers@1',
            checklist: { id: 'order', version: '1.0.0' },
            respondent: {},
            answers: {},
          };
          const text = new AnswersText();
          const written: Buffer[] = [];
          // As the interview's save: rendered with the keys the session passes.
          const save = (saved: AnswersFile, keys?: readonly string[]): Promise<void> => {
            written.push(text.render(saved, keys));
            return Promise.resolve();
          };
          const session = openSession(index, file, {} as Prompter, save, () => new Date(0));
          // The same operations on a plain object, sorted in full after each save as the interview used to.
          let mirror: Record<string, Answer> = {};
          for (const ops of saves) {
            for (const o of ops) {
              if (o.op === 'answer') {
                const answer: Answer = { level: o.level };
                session.file.answers[o.id] = answer;
                mirror[o.id] = answer;
              } else {
                // eslint-disable-next-line @typescript-eslint/no-dynamic-delete -- answers are keyed by question id
                delete session.file.answers[o.id];
                // eslint-disable-next-line @typescript-eslint/no-dynamic-delete -- answers are keyed by question id
                delete mirror[o.id];
              }
            }
            await commit(session);
            mirror = Object.fromEntries(Object.entries(mirror).sort(([a], [b]) => position(a) - position(b)));
            expect(Object.keys(session.file.answers)).toEqual(Object.keys(mirror));
            for (const key of Object.keys(mirror)) expect(session.file.answers[key]).toBe(mirror[key]);
            const expected = serializeAnswers({ ...session.file, answers: mirror });
            expect(written.at(-1)?.toString('utf8')).toBe(expected);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
