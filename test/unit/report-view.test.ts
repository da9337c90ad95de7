import { beforeEach, describe, expect, it } from 'vitest';
import { fixtureView, renderFixture } from '../helpers/render-fixture.js';
import { renderMarkdownHtml, escapeMarkdownInline, neutralizeMarkdown } from '../../src/report/markdown.js';
import { renderTemplate } from '../../src/report/render.js';

describe('report view model', () => {
  let view: ReturnType<typeof fixtureView>;
  // Built in each test: mutation testing (npm run mutation) counts code run outside a test as run by every test.
  beforeEach(() => {
    view = fixtureView('reports/answers.yaml');
  });

  it('withholds evidence marked not public and says how many items', () => {
    const law = view.annex?.sections[0]?.questions[0];
    expect(law?.evidence.map((e) => e.title)).toEqual(['Civil Code art. 14']);
    expect(view.privacy.withheld).toBe(2);
    expect(view.privacy.note).toBe('2 evidence items marked not public were withheld from this report.');
  });

  it('includes private evidence, marked as such, with --include-private', () => {
    const all = fixtureView('reports/answers.yaml', true);
    expect(all.privacy).toMatchObject({ withheld: 0, note: null });
    expect(all.annex?.sections[0]?.questions[0]?.evidence.map((e) => [e.title, e.private])).toEqual([
      ['Civil Code art. 14', false],
      ['Internal legal opinion of the Ministry', true],
    ]);
  });

  it('numbers one footnote per source document, in the order of the action table; marks name the paragraphs', () => {
    const labels = view.footnotes.map((f) => f.label);
    expect(labels.slice(0, 2)).toEqual(['A/HRC/49/51', 'handbook']);
    expect(new Set(labels).size).toBe(labels.length);
    expect(view.footnotes[0]?.url).toBe('https://undocs.org/A/HRC/49/51');
    expect(view.actions.rows[0]?.citations.map((c) => [c.label, c.number])).toEqual([
      ['A/HRC/49/51, paras. 43, 29', 1],
    ]);
  });

  it('puts the most urgent gaps in the action table, with action, actors, now -> target and basis', () => {
    expect(view.actions.rows.map((r) => [r.id, r.action, r.change])).toEqual([
      [
        'PRV-LAW-01',
        'Repeal every exception that allows marriage under 18.',
        'On paper only (1 of 3) → Established (3 of 3)',
      ],
      [
        'PRV-TOU-01',
        'Make the code of conduct a licensing condition for hotels and tour operators.',
        'Some (1 of 2) → Most (2 of 2)',
      ],
      ['REH-CAR-01', 'Open shelters in every region.', '3 shelters (1 of 2) → Five or more (2 of 2)'],
      ['PRO-HLP-03', 'Add chat and SMS channels.', 'Phone, Chat (2 of 3) → 3 of 3'],
    ]);
    // Don't know and not yet assessed questions never appear among the gaps, nor get an action.
    expect(view.profile.dataGaps).toBe(
      '1 question was answered don’t know: a data gap to close, listed apart from the gaps.',
    );
    expect(view.profile.title).toContain('Ministry');
  });

  it('lists not applicable (with the reason), don’t know, unanswered and unscored questions', () => {
    expect(view.lists.notApplicable.items.map((l) => [l.id, l.detail])).toEqual([
      ['REH-CAR-02', 'Legal aid for child victims is assessed separately, under the justice sector review.'],
    ]);
    expect(view.lists.dataGaps.items.map((l) => l.id)).toEqual(['PRO-HLP-02']);
    expect(view.lists.unanswered.items.map((l) => l.id)).toEqual(['REH-CAR-03']);
    expect(view.lists.unscored.items.map((l) => l.id)).toEqual(['PRV-TOU-02']);
  });

  it('never links a javascript: evidence URL, and shows it as text', () => {
    const hostile = fixtureView('reports/hostile.yaml');
    const evidence = hostile.annex?.sections[0]?.questions[0]?.evidence ?? [];
    expect(evidence[0]).toMatchObject({ url: null, urlText: "javascript:window.__pwned='evidence-url'" });
  });
});

describe('checklist Markdown', () => {
  it('renders guidance without raw HTML, unsafe links or images', () => {
    const html = renderMarkdownHtml(
      '**bold** <script>x()</script> [a](javascript:alert(1)) [b](https://ok.example) ![i](https://t.example/p.png)',
    );
    expect(html).toContain('<strong>bold</strong>');
    expect(html).toContain('&lt;script&gt;');
    expect(html).not.toContain('<script');
    expect(html).not.toMatch(/href="javascript/);
    expect(html).toContain('[a](javascript:alert(1))'); // shown as text
    expect(html).toContain('<a href="https://ok.example">b</a>');
    expect(html).not.toContain('<img');
  });

  it('neutralises guidance for Markdown reports and escapes user text', () => {
    expect(neutralizeMarkdown('[x](javascript:alert(1)) <b>')).toBe('[x] &lt;b&gt;');
    expect(escapeMarkdownInline('# *Hi* <img src=x> & [a](b)')).toBe(
      '\\# \\*Hi\\* &lt;img src=x&gt; & \\[a\\](b)',
    );
  });
});

describe('rendering', () => {
  it('reports a template error as one line naming the template', () => {
    const run = () => renderTemplate('{{#each nope}}', {}, 'html', { partials: {}, css: '' }, 'mine.hbs');
    expect(run).toThrow(/^mine\.hbs: .*$/);
  });

  it('is strict: a field missing from the view model is an error, not an empty string', () => {
    expect(() =>
      renderTemplate('{{respondent.missing}}', { respondent: {} }, 'html', { partials: {}, css: '' }),
    ).toThrow(/"missing" not defined/);
  });

  it('escapes user text in the Markdown report', async () => {
    const md = await renderFixture('reports/hostile.yaml', 'md');
    expect(md).not.toMatch(/<script|<img|(?<!\\)\]\(javascript:/i);
    expect(md).toContain('&lt;img src=x onerror="window.\\_\\_pwned=\'organization\'"&gt;Ministry');
  });
});
