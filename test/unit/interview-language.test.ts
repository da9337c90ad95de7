import { afterEach, describe, expect, it } from 'vitest';
import { useLanguage } from '../../src/i18n/index.js';
import { PSEUDO, registerPseudoLocale, removePseudoLocale } from '../helpers/pseudo-locale.js';
import { formatSummary, countByPillar } from '../../src/interview/summary.js';
import { interview, loadIndex, noDetails, pick, RESPONDENT } from '../fixtures/interview/harness.js';

/** The text of a prompt or line that is not wrapped whole: English that did not come from the catalog. */
const unwrapped = (texts: readonly string[]): string[] =>
  texts.filter((text) => text.trim() !== '' && !/^⟦[\s\S]*⟧$/.test(text.trim()));

describe('the interview in another language', () => {
  afterEach(() => {
    removePseudoLocale();
  });

  it('takes every prompt, choice, hint and line of its own from the catalog', async () => {
    registerPseudoLocale();
    useLanguage(PSEUDO);
    const { prompter, session } = await interview([
      ...RESPONDENT,
      { select: '(LAW-01)', pick: 'guidance' },
      { select: '(LAW-01)', pick: 'a:partial' },
      { input: 'Notes', type: 'A note' },
      { input: 'Evidence: title', type: 'Civil code' },
      { input: 'Evidence: link', type: '' },
      { input: 'Evidence: date', type: '2025-13-01', invalid: true },
      { input: 'Evidence: date', type: '' },
      { confirm: 'published', answer: true },
      { input: 'Another evidence item', type: '' },
      { select: '(HOT-01)', pick: 'a:yes' },
      ...noDetails(),
      ...pick('HOT-02', 'none'),
      { select: 'Before moving on', pick: 'change' },
      { select: 'Review:', pick: 'done' },
      { select: '(REP-01)', pick: 'jump' },
      { select: 'Jump to section', pick: 'cancel' },
      { select: '(REP-01)', pick: 'quit' },
    ]);
    const selects = prompter.selects;
    const choiceNames = selects.flatMap((s) =>
      s.choices.filter((c) => !c.value.startsWith('a:') && /^\D/.test(c.value)).map((c) => c.name),
    );
    expect(unwrapped(prompter.messages)).toEqual([]);
    expect(unwrapped(choiceNames)).toEqual([]);
    const hot = selects.find((s) => s.message.includes('(HOT-01)'));
    expect(hot?.choices.slice(0, 2).map((c) => c.name)).toEqual(['⟦Yes⟧', '⟦No⟧']);
    const printed = prompter.printed.join('\n');
    expect(printed).toContain('⟦[1/7] ⟦Prevention > Law⟧  (section 0/3 done, 0% overall)⟧');
    expect(printed).toContain('⟦To support your answer: Which law sets the age?⟧');
    expect(printed).toContain('⟦Sources: ⟦A/HRC/49/51 para. 92(a)⟧⟧');
    expect(printed).toContain('⟦\nSection done: ⟦Prevention > Law⟧⟧');
    // Without the catalog's text, what is left is the checklist's own: ids, question text, guidance, labels.
    let rest = printed;
    for (let before = ''; before !== rest;) [before, rest] = [rest, rest.replace(/⟦[^⟦⟧]*⟧/g, '')];
    expect(rest).not.toMatch(
      /Current answer|Section done|support your answer|Sources|overall|weight|About you/,
    );
    expect(rest).toContain('Is 18 the minimum age of marriage?');
    const summary = formatSummary(countByPillar(await loadIndex(), session.file.answers)).split('\n');
    expect(summary[0]).toMatch(/^⟦Where the assessment stands [^⟦⟧]*⟧$/);
    expect(summary.at(-1)).toMatch(/^⟦Total⟧ +⟦\d+ answered⟧ · ⟦\d+ not yet assessed⟧$/);
  });
});
