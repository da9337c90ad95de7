import { describe, expect, it } from 'vitest';
import { interview, noDetails, pick, RESPONDENT } from '../fixtures/interview/harness.js';

describe('interview navigation', () => {
  it('Back re-asks the previous question with its answer as default and keeps its notes', async () => {
    const { session, prompter } = await interview([
      ...RESPONDENT,
      { select: '(LAW-01)', pick: 'a:partial' },
      { input: 'Notes', type: 'first note' },
      { input: 'Evidence: title', type: '' },
      { select: '(HOT-01)', pick: 'back' },
      { select: '(LAW-01)', pick: 'a:established' },
      { input: 'Notes', type: '' },
      { input: 'Evidence: title', type: '' },
      { select: '(HOT-01)', pick: 'quit' },
    ]);
    const law = prompter.selects.filter((s) => s.message.includes('(LAW-01)'));
    expect(law.map((s) => s.default)).toEqual([undefined, 'a:partial']);
    expect(session.file.answers['LAW-01']).toMatchObject({ level: 'established', notes: 'first note' });
    expect(prompter.printed.join('\n')).toContain('Current answer: In part');
  });

  it('skip for now leaves a question unanswered and offers it again at the end', async () => {
    const { outcome, session, prompter } = await interview([
      ...RESPONDENT,
      { select: '(LAW-01)', pick: 'skip' },
      { select: '(HOT-01)', pick: 'unknown' },
      { input: 'Notes', type: '' },
      // "Don't know" about the hotline decides nothing about its follow-up, so it is asked.
      { select: '(HOT-02)', pick: 'unknown' },
      { input: 'Notes', type: '' },
      { select: 'Before moving on', pick: 'continue' },
      ...pick('REP-01', 'all'),
      { select: '(REP-02)', pick: 'skip' },
      { select: 'Before moving on', pick: 'continue' },
      { select: '(DAT-01)', pick: 'na' },
      { input: 'Why does this not apply', type: 'No data system' },
      { input: 'Notes', type: '' },
      { select: '(DAT-02)', pick: 'enter' },
      { input: 'Answer', type: 'The statistics office' },
      ...noDetails(),
      { select: 'What next?', pick: 'skipped' },
      ...pick('LAW-01', 'none'),
      { select: '(REP-02)', pick: 'skip' },
      { select: 'What next?', pick: 'finish' },
    ]);
    expect(outcome).toBe('finished');
    expect(session.file.answers['LAW-01']?.level).toBe('none');
    expect(session.file.answers['REP-02']).toMatchObject({ skipped: true });
    expect(session.file.answers['HOT-02']).toMatchObject({ unknown: true });
    const ends = prompter.selects.filter((s) => s.message === 'What next?');
    expect(ends[0]?.choices.map((c) => c.name)).toEqual([
      'Answer the 2 skipped questions now',
      'Finish for now (skipped questions stay unanswered)',
      'Review a section',
    ]);
    expect(ends[1]?.choices[0]?.name).toBe('Answer the 1 skipped question now');
    expect(prompter.printed.join('\n')).toContain('2 skipped for now: LAW-01, REP-02');
  });

  it('jumps to a section, reviews it, and saves and quits', async () => {
    const { outcome, session, prompter } = await interview([
      ...RESPONDENT,
      ...pick('LAW-01', 'partial'),
      { select: '(HOT-01)', pick: 'jump' },
      { select: 'Jump to section', pick: '2' },
      { select: '(DAT-01)', pick: 'review' },
      { select: 'Review: Protection > Data', pick: '6' },
      { select: '(DAT-02)', pick: 'back' },
      { select: '(DAT-01)', pick: 'quit' },
    ]);
    expect(outcome).toBe('quit');
    expect(Object.keys(session.file.answers)).toEqual(['LAW-01']); // HOT-02 waits for HOT-01
    const jump = prompter.selects.find((s) => s.message === 'Jump to section');
    expect(jump?.choices.map((c) => c.name)).toEqual([
      'Stay here',
      'Prevention > Law  (1/3 done)',
      'Protection > Reporting  (0/2 done)',
      'Protection > Data  (0/2 done)',
    ]);
  });

  it('jumping to a finished section opens its review, and a reviewed answer can be changed', async () => {
    const { session } = await interview([
      ...RESPONDENT,
      ...pick('LAW-01', 'partial'),
      ...pick('HOT-01', 'no'),
      { select: 'Before moving on', pick: 'change' },
      { select: 'Review: Prevention > Law', pick: '0' },
      ...pick('LAW-01', 'established'),
      { select: 'Before moving on', pick: 'continue' },
      { select: '(REP-01)', pick: 'jump' },
      { select: 'Jump to section', pick: '0' },
      { select: 'Review: Prevention > Law', pick: 'done' },
      { select: '(REP-01)', pick: 'quit' },
    ]);
    expect(session.file.answers['LAW-01']?.level).toBe('established');
  });

  it('does not offer a question that does not apply in the section review', async () => {
    const { prompter } = await interview([
      ...RESPONDENT,
      ...pick('LAW-01', 'partial'),
      ...pick('HOT-01', 'no'),
      { select: 'Before moving on', pick: 'change' },
      { select: 'Review: Prevention > Law', pick: 'done' },
      { select: '(REP-01)', pick: 'quit' },
    ]);
    const review = prompter.selects.find((s) => s.message.startsWith('Review:'));
    const hot2 = review?.choices.find((c) => c.value === '2');
    expect(hot2?.disabled).toBe(true);
    expect(hot2?.name).toContain('not applicable (condition)');
  });
});
