import { describe, expect, it } from 'vitest';
import { questionDigest } from '../../src/model/digest.js';
import { interview, loadIndex, noDetails, pick, RESPONDENT } from '../fixtures/interview/harness.js';

describe('interview: a full run through every answer kind', () => {
  it('records every answer with its time and question digest, notes, evidence, and the respondent', async () => {
    const { outcome, session, prompter, saves } = await interview([
      ...RESPONDENT,
      { select: '(LAW-01)', pick: 'guidance' },
      { select: '(LAW-01)', pick: 'a:partial' },
      { input: 'Notes', type: 'Civil code, art. 14' },
      { input: 'Evidence: title', type: 'Civil Code' },
      { input: 'link or reference', type: 'https://example.org/cc' },
      { input: 'Evidence: date', type: '2019-02-30', invalid: true },
      { input: 'Evidence: date', type: '2019-03-01' },
      { confirm: 'published', answer: false },
      { input: 'Another evidence item', type: '' },
      ...pick('HOT-01', 'yes'),
      { select: '(HOT-02)', pick: 'na' },
      { input: 'Why does this not apply', type: ' ', invalid: true },
      { input: 'Why does this not apply', type: 'Only NGOs run helplines' },
      { input: 'Notes', type: 'The NGO line is free' },
      { select: 'Before moving on', pick: 'continue' },
      ...pick('REP-01', 'some'),
      { select: '(REP-02)', pick: 'enter' },
      { checkbox: 'Choose all that apply', pick: ['phone', 'web'] },
      ...noDetails(),
      { select: 'Before moving on', pick: 'continue' },
      { select: '(DAT-01)', pick: 'enter' },
      { input: 'Number (cases) 0 to', type: 'many', invalid: true },
      { input: 'Number (cases) 0 to', type: '-1', invalid: true },
      { input: 'Number (cases) 0 to', type: '12' },
      ...noDetails(),
      { select: '(DAT-02)', pick: 'unknown' },
      { input: 'Notes', type: 'The ministry has not published figures since 2019' },
      { select: 'What next?', pick: 'finish' },
    ]);
    expect(outcome).toBe('finished');
    const { answers, respondent } = session.file;
    expect(respondent).toEqual({
      country: 'Kenya',
      organization: 'Ministry of Justice',
      role: 'government',
      date: '2026-01-02',
    });
    const index = await loadIndex();
    const strip = (id: string) => {
      const a = answers[id];
      expect(a?.answered).toBe('2026-01-02T12:00:00Z');
      const q = index.byId.get(id);
      if (!a || !q) throw new Error(id);
      expect(a.digest).toBe(questionDigest(q));
      const rest = { ...a };
      delete rest.answered;
      delete rest.digest;
      return rest;
    };
    expect(Object.keys(answers)).toEqual([
      'LAW-01',
      'HOT-01',
      'HOT-02',
      'REP-01',
      'REP-02',
      'DAT-01',
      'DAT-02',
    ]);
    expect(strip('LAW-01')).toEqual({
      level: 'partial',
      notes: 'Civil code, art. 14',
      evidence: [{ title: 'Civil Code', url: 'https://example.org/cc', date: '2019-03-01', public: false }],
    });
    expect(strip('HOT-01')).toEqual({ value: true });
    expect(strip('HOT-02')).toEqual({
      na: { reason: 'Only NGOs run helplines' },
      notes: 'The NGO line is free',
    });
    expect(strip('REP-01')).toEqual({ value: 'some' });
    expect(strip('REP-02')).toEqual({ value: ['phone', 'web'] });
    expect(strip('DAT-01')).toEqual({ value: 12 });
    expect(strip('DAT-02')).toEqual({
      unknown: true,
      notes: 'The ministry has not published figures since 2019',
    });
    // One save to create the file, one per respondent prompt, then one per answer, note and evidence item.
    expect(saves.length).toBeGreaterThanOrEqual(1 + 5 + 7 + 4);
    const printed = prompter.printed.join('\n');
    expect(printed).toContain('[1/7] Prevention > Law  (section 0/3 done, 0% overall)');
    expect(printed).toContain('[4/7] Protection > Reporting  (section 0/2 done, 42% overall)');
    expect(printed).toContain('[7/7] Protection > Data  (section 1/2 done, 85% overall)');
    expect(printed).toContain('Check the civil code and customary law.');
    expect(printed).toContain('To support your answer: Which law sets the age?');
    expect(printed).toContain('Sources: A/HRC/49/51 para. 92(a)');
    expect(printed).toContain('Established - Works everywhere and is monitored.');
    expect(printed).toContain('Section done: Prevention > Law');
    expect(printed).toMatch(/HOT-02 +Is the helpline free\? +not applicable \(Only NGOs run helplines\)/);
  });

  it('offers the scale with meanings and every way out, and "Back" only when there is somewhere to go', async () => {
    const { prompter } = await interview([
      ...RESPONDENT,
      ...pick('LAW-01', 'none'),
      { select: '(HOT-01)', pick: 'quit' },
    ]);
    const [first, second] = prompter.selects.filter((s) => s.message.startsWith('Your answer'));
    expect(first?.choices.map((c) => c.name)).toEqual([
      'Not in place',
      'In part',
      'Established',
      'Show guidance',
      'Not applicable…',
      "Don't know",
      'Skip for now',
      'Back',
      'Review section',
      'Jump to section…',
      'Save and quit',
    ]);
    expect(first?.choices.find((c) => c.value === 'back')?.disabled).toBe(true);
    expect(second?.choices.map((c) => c.value).slice(0, 2)).toEqual(['a:yes', 'a:no']);
    expect(second?.choices.some((c) => c.value === 'guidance')).toBe(false);
    expect(second?.choices.find((c) => c.value === 'back')?.disabled).toBe(false);
  });

  it('keeps checklist text from reaching the terminal as control sequences', async () => {
    const index = await loadIndex();
    const evil = structuredClone(index.checklist);
    const [section] = evil.sections;
    const [question] = section?.questions ?? [];
    if (!section || !question) throw new Error('fixture changed');
    question.text = 'Is 18\u001b[2J the \u0007minimum age?';
    section.title = 'Law\u001b]0;pwned\u0007';
    const { indexChecklist } = await import('../../src/model/checklist.js');
    const { prompter } = await interview([...RESPONDENT, { select: '(LAW-01)', pick: 'quit' }], {
      index: indexChecklist(evil),
    });
    const printed = prompter.printed.join('\n');
    expect(printed).toContain('Is 18 the minimum age?');
    expect(printed).toContain('Prevention > Law  (');
    expect(printed.includes('\u001b') || printed.includes('\u0007')).toBe(false);
  });
});
