import { describe, expect, it } from 'vitest';
import { splitAnswerGuidance } from '../../src/report/split-answer-guidance.js';

describe('splitAnswerGuidance', () => {
  const names = [
    ['Not in place', 'none'],
    ['Established', 'established'],
  ];

  it('moves the bullets that describe an answer, continuation lines included, and keeps the rest', () => {
    const guidance = [
      '**What this means.** A rule.',
      '',
      '- **Not in place:** No rule, or',
      '  nobody applies it.',
      '- **Established:** *Every* office applies it.',
      '- **Other:** stays.',
      '',
      '**Evidence to look for:** Decrees.',
    ].join('\n');
    const split = splitAnswerGuidance(guidance, names);
    expect(split.descriptions).toEqual(['No rule, or nobody applies it.', 'Every office applies it.']);
    expect(split.rest).toBe(
      '**What this means.** A rule.\n\n- **Other:** stays.\n\n**Evidence to look for:** Decrees.',
    );
  });

  it('names an answer by its key, ignoring case and quotes, and takes only its first bullet', () => {
    const split = splitAnswerGuidance('- **"NONE":** first\n- **none:** second', names);
    expect(split.descriptions).toEqual(['first', null]);
    expect(split.rest).toBe('- **none:** second');
  });

  it('leaves guidance without answer bullets as it is', () => {
    const split = splitAnswerGuidance('Check the civil code.\n\n- Check customary law.', names);
    expect(split).toEqual({
      rest: 'Check the civil code.\n\n- Check customary law.',
      descriptions: [null, null],
    });
  });
});
