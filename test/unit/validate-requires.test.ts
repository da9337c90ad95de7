import { describe, expect, it } from 'vitest';
import { indexChecklist, type Checklist, type Question } from '../../src/model/checklist.js';
import { checkChecklist } from '../../src/validate/checklist-rules.js';
import { neverTrueFindings } from '../../src/validate/condition-rules.js';
import { inlineChecklist } from '../helpers/inline-checklist.js';

/** A checklist of these questions, with one theme that three of them list so that the theme rule stays quiet. */
function checklistOf(questions: Question[]): Checklist {
  return inlineChecklist(
    questions.map((q, i) => (i < 3 ? { ...q, themes: ['online'] } : q)),
    { id: 'requires' },
  );
}

const gate: Question = { id: 'Q-1', text: 'Is there a helpline?', kind: 'yesno', basis: 'recommendation' };
const plain = (id: string): Question => ({ id, text: `${id}?`, basis: 'practice' });

/** Every finding of `validate` on the questions, as `code at path: message`. */
function findings(questions: Question[]): string[] {
  const checklist = checklistOf(questions);
  return [...checkChecklist(checklist), ...neverTrueFindings(indexChecklist(checklist))].map(
    (f) => `${f.code} at ${f.path.join('/')}: ${f.message}`,
  );
}

describe('requires is checked statically like when', () => {
  it('a requires on a question that has a when of its own is clean when both can hold', () => {
    expect(
      findings([
        gate,
        { ...plain('Q-2'), when: { question: 'Q-1', answered: true } },
        {
          ...plain('Q-3'),
          when: { question: 'Q-1', equals: 'yes' },
          requires: { question: 'Q-2', equals: 'full' },
        },
      ]),
    ).toEqual([]);
  });

  it('a requires that cannot hold while its question applies is requires-never-true, on the requires', () => {
    expect(
      findings([
        gate,
        plain('Q-2'),
        {
          ...plain('Q-3'),
          when: { question: 'Q-1', equals: 'yes' },
          requires: { question: 'Q-1', equals: 'no' },
        },
      ]),
    ).toEqual([
      'requires-never-true at sections/0/questions/2/requires: the "requires" condition of Q-3 can never be true when the question applies, so the measure would always count as not in place',
    ]);
  });

  it('a when that can never be true is reported once, on the when, not again on the requires', () => {
    expect(
      findings([
        gate,
        plain('Q-2'),
        {
          ...plain('Q-3'),
          when: {
            all: [
              { question: 'Q-1', equals: 'yes' },
              { question: 'Q-1', equals: 'no' },
            ],
          },
          requires: { question: 'Q-2', equals: 'full' },
        },
      ]),
    ).toEqual([
      'when-never-true at sections/0/questions/2/when: the "when" condition of Q-3 can never be true, so the question would never be asked',
    ]);
  });

  it('each field reports its own problems under its own code, and neither is then searched', () => {
    expect(
      findings([
        gate,
        plain('Q-2'),
        {
          ...plain('Q-3'),
          when: { question: 'Q-9', equals: 'yes' },
          requires: {
            any: [
              { question: 'Q-3', equals: 'full' },
              { question: 'Q-4', equals: 'full' },
            ],
          },
        },
        plain('Q-4'),
      ]),
    ).toEqual([
      'when-unknown-question at sections/0/questions/2/when/question: the "when" condition refers to unknown question "Q-9"',
      'requires-self-reference at sections/0/questions/2/requires/any/0/question: the "requires" condition of Q-3 refers to the question itself',
      'requires-forward-reference at sections/0/questions/2/requires/any/1/question: the "requires" condition refers to Q-4, which comes later; conditions may only use earlier answers',
    ]);
  });

  it('a cycle may run through when and requires together; each link is named by its own field', () => {
    expect(
      findings([
        { ...gate, requires: { question: 'Q-3', equals: 'full' } },
        { ...plain('Q-2'), when: { question: 'Q-1', equals: 'yes' } },
        { ...plain('Q-3'), requires: { question: 'Q-2', equals: 'full' } },
      ]),
    ).toEqual([
      'requires-cycle at sections/0/questions/0/requires/question: the "requires" condition of Q-1 refers to Q-3, and the conditions of the two depend on each other',
      'when-cycle at sections/0/questions/1/when/question: the "when" condition of Q-2 refers to Q-1, and the conditions of the two depend on each other',
      'requires-cycle at sections/0/questions/2/requires/question: the "requires" condition of Q-3 refers to Q-2, and the conditions of the two depend on each other',
    ]);
  });

  it('a requires may ask whether a text question is answered, but not compare its answer', () => {
    const text: Question = { id: 'Q-1', text: 'Which law?', kind: 'text', basis: 'recommendation' };
    expect(
      findings([text, plain('Q-2'), { ...plain('Q-3'), requires: { question: 'Q-1', answered: true } }]),
    ).toEqual([]);
    expect(
      findings([
        text,
        plain('Q-2'),
        { ...plain('Q-3'), requires: { question: 'Q-1', equals: 'penal code' } },
      ]),
    ).toEqual([
      'requires-unscored-question at sections/0/questions/2/requires: Q-1 is a text question; a "requires" condition can only ask whether it is answered',
    ]);
  });

  it('a requires that only the negation of an answer makes true is satisfiable (by the other answer)', () => {
    expect(
      findings([
        gate,
        plain('Q-2'),
        { ...plain('Q-3'), requires: { not: { question: 'Q-1', equals: 'yes' } } },
      ]),
    ).toEqual([]);
  });
});
