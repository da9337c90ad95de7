import { describe, expect, it } from 'vitest';
import { indexChecklist, type Answer, type Checklist, type Question } from '../../src/model/checklist.js';
import { scoreAnswers, type Scorecard } from '../../src/score/index.js';

// Dependencies that combine several gates, or test whether a gate is answered: the rules of issue 13 ("turning a
// gate from yes to no never raises any score"; "questions whose gate is unanswered are not yet assessed") hold
// for them too. Both cases were found by the property test in scoring-properties-model.test.ts.

function checklistOf(questions: Question[]): Checklist {
  return {
    format: 'opsc-audit/checklist@1',
    id: 'edge',
    version: '1.0.0',
    title: 'Edge cases',
    language: 'en',
    sources: [{ id: 'S', title: 'Source' }],
    scale: [
      { key: 'none', value: 0, label: 'Not in place' },
      { key: 'established', value: 3, label: 'Established' },
    ],
    bands: [{ min: 0, label: 'Initial' }],
    pillars: ['prevention', 'protection'],
    themes: ['online'],
    sections: [
      { id: 'gates', pillar: 'prevention', title: 'Gates', questions: questions.slice(0, 2) },
      { id: 'follow-ups', pillar: 'protection', title: 'Follow-ups', questions: questions.slice(2) },
    ],
  };
}

const score = (questions: Question[], answers: Record<string, Answer>): Scorecard =>
  scoreAnswers(indexChecklist(checklistOf(questions)), answers);

const status = (card: Scorecard, id: string) => card.questions.find((q) => q.id === id)?.status;
const protection = (card: Scorecard) => card.pillars.find((p) => p.id === 'protection')?.percent;

describe('a dependency on any of two gates, one of which does not apply', () => {
  // A helpline or a hotline (either will do) must exist for staff training to exist. The country has no
  // hotline sector at all (not applicable); it answers Yes, then No, for the helpline.
  const questions: Question[] = [
    { id: 'PRV-HOT-01', kind: 'yesno', text: 'Hotline?', basis: 'practice', weight: 1 },
    { id: 'PRV-HLP-01', kind: 'yesno', text: 'Helpline?', basis: 'recommendation', weight: 3 },
    {
      id: 'PRO-TRN-01',
      text: 'Are helpline or hotline staff trained?',
      basis: 'recommendation',
      weight: 3,
      requires: {
        any: [
          { question: 'PRV-HOT-01', equals: 'yes' },
          { question: 'PRV-HLP-01', equals: 'yes' },
        ],
      },
    },
    { id: 'PRO-OTH-01', text: 'Another measure', basis: 'recommendation', weight: 3 },
  ];
  const answers = (helpline: boolean): Record<string, Answer> => ({
    'PRV-HOT-01': { na: { reason: 'no hotline sector' } },
    'PRV-HLP-01': { value: helpline },
    'PRO-TRN-01': { level: 'none' },
    'PRO-OTH-01': { level: 'established' },
  });

  it('with the helpline: training is assessed, not in place (protection 50%)', () => {
    const card = score(questions, answers(true));
    expect(status(card, 'PRO-TRN-01')).toBe('answered');
    expect(protection(card)).toBe(50);
  });

  it('without the helpline: training is not in place (a gap), so protection does not rise above 50%', () => {
    const card = score(questions, answers(false));
    expect(status(card, 'PRO-TRN-01')).toBe('absent');
    expect(protection(card)).toBe(50);
  });
});

describe('a condition that tests whether a gate is answered, on a gate nobody has answered yet', () => {
  const gate: Question = { id: 'PRV-GAT-01', text: 'A measure', basis: 'recommendation', weight: 3 };
  const filler: Question = { id: 'PRV-FIL-01', text: 'Another', basis: 'recommendation', weight: 3 };
  const answers: Record<string, Answer> = { 'PRO-DEP-01': { level: 'established' } };

  it('leaves a `requires: { answered: true }` follow-up open, not "not in place" and not a gap', () => {
    const dep: Question = {
      id: 'PRO-DEP-01',
      text: 'Depends on the gate being answered',
      basis: 'recommendation',
      weight: 3,
      requires: { question: 'PRV-GAT-01', answered: true },
    };
    const card = score([gate, filler, dep], answers);
    expect(status(card, 'PRO-DEP-01')).not.toBe('absent');
    expect(card.gaps).not.toContain('PRO-DEP-01');
  });

  it('leaves a `when: { answered: true }` follow-up not yet assessed, never "not applicable"', () => {
    const dep: Question = {
      id: 'PRO-DEP-01',
      text: 'Applies once the gate is answered',
      basis: 'recommendation',
      weight: 3,
      when: { question: 'PRV-GAT-01', answered: true },
    };
    const card = score([gate, filler, dep], {});
    expect(status(card, 'PRO-DEP-01')).toBe('unanswered');
  });
});
