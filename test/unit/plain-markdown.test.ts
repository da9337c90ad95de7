import { describe, expect, it } from 'vitest';
import { plainMarkdown } from '../../src/text/plain-markdown.js';

describe('guidance shown in the terminal', () => {
  it('drops Markdown markers but keeps the words, lists and line breaks', () => {
    const source = [
      '**What this means.** A *child-friendly* procedure, see [the report](https://undocs.org/A/70/222).',
      '',
      '- **Not in place:** no `Barnahus` model.',
      '  continued line',
      '## Evidence',
      'Ages 5*3 and snake_case_words stay as written.',
    ].join('\n');
    expect(plainMarkdown(source)).toBe(
      [
        'What this means. A child-friendly procedure, see the report (https://undocs.org/A/70/222).',
        '',
        '• Not in place: no Barnahus model.',
        '  continued line',
        'Evidence',
        'Ages 5*3 and snake_case_words stay as written.',
      ].join('\n'),
    );
  });
});
