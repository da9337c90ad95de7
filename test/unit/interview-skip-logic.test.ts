import { describe, expect, it } from 'vitest';
import { indexChecklist, type Answer, type Checklist } from '../../src/model/checklist.js';
import { reconcileConditions } from '../../src/interview/skip-logic.js';
import { interview, loadIndex, pick, RESPONDENT } from '../fixtures/interview/harness.js';

const NOW = new Date('2026-01-02T12:00:00Z');

/** A -> B -> C: B applies when A is yes, C when B is yes. */
async function chain() {
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
        ],
      },
    ],
  };
  return indexChecklist(checklist);
}

describe('reconcileConditions', () => {
  it('waits while the condition is undecided (earlier question open or skipped)', async () => {
    const index = await chain();
    const answers: Record<string, Answer> = { A: { skipped: true } };
    reconcileConditions(index, answers, NOW);
    expect(answers).toEqual({ A: { skipped: true } });
  });

  it('records unanswered questions whose condition is false as not applicable by condition', async () => {
    const index = await chain();
    const answers: Record<string, Answer> = { A: { value: false } };
    const applies = reconcileConditions(index, answers, NOW);
    expect([...applies]).toEqual([
      ['A', 'open'],
      ['B', 'inapplicable'],
      ['C', 'inapplicable'],
    ]);
    expect(answers.B?.na).toEqual({ reason: 'does not apply, given the answer to A', byCondition: true });
    expect(answers.B?.digest).toMatch(/^[0-9a-f]{12}$/);
    expect(answers.C?.na?.byCondition).toBe(true);
  });

  it('keeps answers that become inapplicable, marked, through a chain, and unmarks them when they apply again', async () => {
    const index = await chain();
    const answers: Record<string, Answer> = {
      A: { value: true },
      B: { value: true },
      C: { level: 'partial' },
    };
    reconcileConditions(index, answers, NOW);
    expect(answers).toEqual({ A: { value: true }, B: { value: true }, C: { level: 'partial' } });

    answers.A = { value: false };
    reconcileConditions(index, answers, NOW);
    expect(answers.B).toEqual({ value: true, inapplicable: true });
    expect(answers.C).toEqual({ level: 'partial', inapplicable: true });

    answers.A = { value: true };
    const applies = reconcileConditions(index, answers, NOW);
    expect(answers.B).toEqual({ value: true });
    expect(answers.C).toEqual({ level: 'partial' });
    expect(applies.get('C')).toBe('open');
  });

  it('drops a by-condition record when the question applies again, so it is asked', async () => {
    const index = await chain();
    const answers: Record<string, Answer> = { A: { value: false } };
    reconcileConditions(index, answers, NOW);
    expect(answers.B?.na?.byCondition).toBe(true);
    answers.A = { value: true };
    reconcileConditions(index, answers, NOW);
    expect(answers.B).toBeUndefined();
    expect(answers.C).toBeUndefined(); // waits for B
    answers.B = { value: false };
    reconcileConditions(index, answers, NOW);
    expect(answers.C?.na?.byCondition).toBe(true);
  });
});

describe('interview skip logic', () => {
  it('asks a conditional question once it applies; changing the earlier answer keeps it, marked, and not asked', async () => {
    const { session, prompter } = await interview([
      ...RESPONDENT,
      ...pick('LAW-01', 'partial'),
      ...pick('HOT-01', 'yes'),
      ...pick('HOT-02', 'established'),
      { select: 'Before moving on', pick: 'continue' },
      { select: '(REP-01)', pick: 'back' },
      { select: '(HOT-02)', pick: 'back' },
      ...pick('HOT-01', 'no'),
      { select: 'Before moving on', pick: 'continue' },
      { select: '(REP-01)', pick: 'quit' },
    ]);
    expect(session.file.answers['HOT-02']).toMatchObject({ level: 'established', inapplicable: true });
    expect(session.file.answers['HOT-02']?.na).toBeUndefined();
    expect(prompter.printed.join('\n')).toMatch(
      /HOT-02 .* Established \[kept; the question no longer applies\]/,
    );
  });

  it('unmarks a kept answer when the question applies again, without asking it again', async () => {
    const { session } = await interview([
      ...RESPONDENT,
      ...pick('LAW-01', 'partial'),
      ...pick('HOT-01', 'yes'),
      ...pick('HOT-02', 'established'),
      { select: 'Before moving on', pick: 'change' },
      { select: 'Review: Prevention > Law', pick: '1' },
      ...pick('HOT-01', 'no'),
      { select: 'Before moving on', pick: 'change' },
      { select: 'Review: Prevention > Law', pick: '1' },
      ...pick('HOT-01', 'yes'),
      { select: 'Before moving on', pick: 'quit' },
    ]);
    expect(session.file.answers['HOT-02']).toMatchObject({ level: 'established' });
    expect(session.file.answers['HOT-02']?.inapplicable).toBeUndefined();
  });

  it('asks a question that became applicable after an earlier answer changed', async () => {
    const { session } = await interview([
      ...RESPONDENT,
      ...pick('LAW-01', 'partial'),
      ...pick('HOT-01', 'no'),
      { select: 'Before moving on', pick: 'change' },
      { select: 'Review: Prevention > Law', pick: '1' },
      ...pick('HOT-01', 'yes'),
      ...pick('HOT-02', 'none'),
      { select: 'Before moving on', pick: 'quit' },
    ]);
    expect(session.file.answers['HOT-02']?.level).toBe('none');
  });
});
