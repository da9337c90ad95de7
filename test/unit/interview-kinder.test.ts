import { describe, expect, it } from 'vitest';
import { PromptCancelledError } from '../../src/interview/prompter-types.js';
import { NOTES_MAX } from '../../src/interview/answer-details.js';
import { emptyFile, interview, loadIndex, RESPONDENT } from '../fixtures/interview/harness.js';
import type { Step } from '../fixtures/interview/scripted-prompter.js';

/** The last saved state of an interview stopped by a scripted Ctrl-C. */
async function savedAfterCancel(steps: Step[]) {
  const saves: unknown[] = [];
  const index = await loadIndex();
  const { openSession } = await import('../../src/interview/session.js');
  const { runInterview } = await import('../../src/interview/run-interview.js');
  const { ScriptedPrompter } = await import('../fixtures/interview/scripted-prompter.js');
  const session = openSession(
    index,
    emptyFile(index),
    new ScriptedPrompter(steps),
    (f) => {
      saves.push(structuredClone(f));
      return Promise.resolve();
    },
    () => new Date('2026-01-02T12:00:00Z'),
  );
  await expect(runInterview(session)).rejects.toBeInstanceOf(PromptCancelledError);
  return saves.at(-1) as {
    answers: Record<string, Record<string, unknown>>;
    respondent: Record<string, unknown>;
  };
}

describe('the kinder interview: what was typed before Ctrl-C is kept', () => {
  it('keeps an evidence item whose title and link were confirmed while its date was being typed', async () => {
    const saved = await savedAfterCancel([
      ...RESPONDENT,
      { select: '(LAW-01)', pick: 'a:partial' },
      { input: 'Notes', type: '' },
      { input: 'Evidence: title', type: 'Civil Code' },
      { input: 'link', type: 'https://example.org/cc' },
      { cancel: 'input', at: 'Evidence: date', typed: '2019-0' },
    ]);
    expect(saved.answers['LAW-01']?.evidence).toEqual([
      { title: 'Civil Code', url: 'https://example.org/cc' },
    ]);
  });

  it('keeps a complete date being typed, and a title being typed as a new item', async () => {
    const withDate = await savedAfterCancel([
      ...RESPONDENT,
      { select: '(LAW-01)', pick: 'a:partial' },
      { input: 'Notes', type: '' },
      { input: 'Evidence: title', type: 'Civil Code' },
      { input: 'link', type: '' },
      { cancel: 'input', at: 'Evidence: date', typed: '2019-03-01' },
    ]);
    expect(withDate.answers['LAW-01']?.evidence).toEqual([{ title: 'Civil Code', date: '2019-03-01' }]);
    const titleOnly = await savedAfterCancel([
      ...RESPONDENT,
      { select: '(LAW-01)', pick: 'a:partial' },
      { input: 'Notes', type: '' },
      { cancel: 'input', at: 'Evidence: title', typed: 'Penal Code ' },
    ]);
    expect(titleOnly.answers['LAW-01']?.evidence).toEqual([{ title: 'Penal Code' }]);
  });

  it('keeps the notes being typed, with their line breaks', async () => {
    const saved = await savedAfterCancel([
      ...RESPONDENT,
      { select: '(LAW-01)', pick: 'a:partial' },
      { cancel: 'input', at: 'Notes', typed: 'Civil code\nart. 14' },
    ]);
    expect(saved.answers['LAW-01']).toMatchObject({ level: 'partial', notes: 'Civil code\nart. 14' });
  });

  it('keeps what was confirmed at a yes/no about publishing, as an item without "public"', async () => {
    const saved = await savedAfterCancel([
      ...RESPONDENT,
      { select: '(LAW-01)', pick: 'a:partial' },
      { input: 'Notes', type: '' },
      { input: 'Evidence: title', type: 'Civil Code' },
      { input: 'link', type: '' },
      { input: 'Evidence: date', type: '' },
      { cancel: 'confirm', at: 'published' },
    ]);
    expect(saved.answers['LAW-01']?.evidence).toEqual([{ title: 'Civil Code' }]);
  });
});

describe('the kinder interview: notes', () => {
  it('asks for notes after "don\'t know" and "not applicable", and keeps multi-line notes whole', async () => {
    const { session } = await interview([
      ...RESPONDENT,
      { select: '(LAW-01)', pick: 'unknown' },
      { input: 'Notes', type: 'The ministry did not reply.\nAsked twice.' },
      { select: '(HOT-01)', pick: 'na' },
      { input: 'Why does this not apply', type: 'Federal matter' },
      { input: 'Notes', type: 'Each state runs its own' },
      { select: 'Before moving on', pick: 'quit' },
    ]);
    expect(session.file.answers['LAW-01']).toMatchObject({
      unknown: true,
      notes: 'The ministry did not reply.\nAsked twice.',
    });
    expect(session.file.answers['HOT-01']).toMatchObject({
      na: { reason: 'Federal matter' },
      notes: 'Each state runs its own',
    });
  });

  it('opens the editor on "e" with the notes so far, and takes what it returns', async () => {
    const file = emptyFile(await loadIndex());
    file.respondent = { country: 'Kenya', organization: 'MoJ', role: 'government', date: '2026-01-02' };
    file.answers['LAW-01'] = { level: 'partial', notes: 'old note' };
    const { session, prompter } = await interview(
      [
        { select: '(HOT-01)', pick: 'back' },
        { select: '(LAW-01)', pick: 'a:established' },
        { input: 'opens your editor', type: 'e' },
        { edit: '', result: 'old note\nand a second paragraph\n' },
        { input: 'Evidence: title', type: '' },
        { select: '(HOT-01)', pick: 'quit' },
      ],
      { file, first: ['HOT-01'] },
    );
    expect(prompter.edited).toEqual(['old note']);
    expect(session.file.answers['LAW-01']?.notes).toBe('old note\nand a second paragraph');
  });

  it('falls back to typing when the editor cannot be run, saying so in one line', async () => {
    const { session, prompter } = await interview([
      ...RESPONDENT,
      { select: '(LAW-01)', pick: 'a:partial' },
      { input: 'Notes', type: 'e' },
      { edit: '', result: undefined },
      { input: 'Notes', type: 'typed instead' },
      { input: 'Evidence: title', type: '' },
      { select: '(HOT-01)', pick: 'quit' },
    ]);
    const failed = prompter.printed.filter((p) => p.includes('No editor could be opened'));
    expect(failed).toHaveLength(1);
    expect(failed[0]?.split('\n')).toHaveLength(1);
    expect(session.file.answers['LAW-01']?.notes).toBe('typed instead');
  });

  it('refuses notes over the schema limit, and reopens the editor on an edit too long rather than cut it', async () => {
    const long = 'x'.repeat(NOTES_MAX + 1);
    const { session, prompter } = await interview([
      ...RESPONDENT,
      { select: '(LAW-01)', pick: 'a:partial' },
      { input: 'Notes', type: long, invalid: true },
      { input: 'Notes', type: 'e' },
      { edit: '', result: long },
      { edit: 'xxx', result: 'short' },
      { input: 'Evidence: title', type: '' },
      { select: '(HOT-01)', pick: 'quit' },
    ]);
    expect(prompter.edited[1]).toBe(long);
    expect(session.file.answers['LAW-01']?.notes).toBe('short');
  });
});

describe('the kinder interview: --no-details and details later', () => {
  it('asks no notes or evidence with details off (2 prompts per answer), and adds them later at the question', async () => {
    const { session, prompter } = await interview(
      [
        ...RESPONDENT,
        { select: '(LAW-01)', pick: 'a:partial' },
        { select: '(HOT-01)', pick: 'unknown' },
        { select: '(HOT-02)', pick: 'na' },
        { input: 'Why does', type: 'No helpline' },
        { select: 'Before moving on', pick: 'change' },
        { select: 'Review', pick: '0' },
        { select: '(LAW-01)', pick: 'details' },
        { input: 'Notes', type: 'Civil code' },
        { input: 'Evidence: title', type: '' },
        { select: 'Before moving on', pick: 'quit' },
      ],
      { details: false },
    );
    expect(session.file.answers['LAW-01']).toMatchObject({ level: 'partial', notes: 'Civil code' });
    expect(session.file.answers['HOT-01']?.notes).toBeUndefined();
    // "Notes and evidence…" is offered only once the question has an answer.
    const first = prompter.selects.find((s) => s.message.includes('(LAW-01)'));
    expect(first?.choices.map((c) => c.value)).not.toContain('details');
    const later = prompter.selects.filter((s) => s.message.includes('(LAW-01)')).at(-1);
    expect(later?.choices.map((c) => c.value)).toContain('details');
  });
});

describe('the kinder interview: respondent', () => {
  it('asks the name, and lets every detail be changed from the review', async () => {
    const { session, prompter } = await interview([
      { input: 'Country', type: 'Kenya' },
      { input: 'Organization', type: 'Ministry of Justice' },
      { input: 'Your name', type: 'Amina Otieno' },
      { select: 'Your role', pick: 'government' },
      { input: 'Date of the assessment', type: '' },
      { select: '(LAW-01)', pick: 'review' },
      { select: 'Review', pick: 'respondent' },
      { input: 'Country', type: '' },
      { input: 'Organization', type: 'Ministry of Interior' },
      { input: 'Your name', type: '' },
      { select: 'Your role', pick: 'government' },
      { input: 'Date of the assessment', type: '2026-01-05' },
      { select: 'Review', pick: 'done' },
      { select: '(LAW-01)', pick: 'quit' },
    ]);
    expect(session.file.respondent).toEqual({
      country: 'Kenya',
      organization: 'Ministry of Interior',
      name: 'Amina Otieno',
      role: 'government',
      date: '2026-01-05',
    });
    const review = prompter.selects.find((s) => s.message.startsWith('Review'));
    expect(review?.choices.at(-1)?.name).toBe('Respondent details…');
  });
});
