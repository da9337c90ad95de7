import { describe, expect, it } from 'vitest';
import { runCli } from './validate-harness.js';

// What a respondent sees on the blank questionnaire (`show -f md|html`) of every bundled checklist: no weight,
// no command line, each answer level described once, write-in lines, and conditions in words.
const BUNDLED = [
  'sr-practical-approach-2022',
  'sr-care-recovery-reintegration-2015',
  'sr-protection-systems-2013',
  'sr-remaining-challenges-2016',
];
const LEVELS = ['Not in place', 'On paper only', 'Started', 'Implemented in part', 'Established'];

async function show(id: string, format: 'md' | 'html'): Promise<string> {
  const r = await runCli(['show', id, '-f', format]);
  expect(r.code).toBe(0);
  return r.stdout;
}

/** What a reader sees of a page: its text without the stylesheet and the tags. */
function visibleText(page: string): string {
  return page.replace(/<style>[\s\S]*?<\/style>/, '').replace(/<[^>]+>/g, ' ');
}

/** The Markdown blocks of the questions, each from its `### ` heading to the next heading. */
function questionBlocks(md: string): string[] {
  return md.split(/\n(?=#{2,3} )/).filter((b) => b.startsWith('### '));
}

describe('the blank questionnaire of each bundled checklist', () => {
  it.each(BUNDLED)('%s shows no weight, no score and no command, in Markdown and HTML', async (id) => {
    for (const format of ['md', 'html'] as const) {
      const out = visibleText(await show(id, format));
      expect(out).toContain('Don’t know');
      expect(out).not.toMatch(/\bweights?:?\s*\d|\(w\d/i);
      expect(out).not.toMatch(/opsc-audit (assess|score|report|show|compare|validate|list)\b/);
      expect(out).not.toMatch(/Basis:|[Ss]core: \d|\d+ \/ \d+ points/);
    }
  });

  it.each(BUNDLED)(
    '%s prints each level of a scale question once, with the question’s own meaning',
    async (id) => {
      const blocks = questionBlocks(await show(id, 'md')).filter((b) => b.includes('\n*Choose one level*\n'));
      expect(blocks.length).toBeGreaterThan(90);
      for (const block of blocks) {
        for (const level of LEVELS) {
          const ticks = block.split('\n').filter((l) => l.startsWith(`- [ ] **${level}** – `));
          expect(ticks, `${block.slice(0, 40)}: ${level}`).toHaveLength(1);
          expect(block).not.toContain(`- **${level}:**`);
        }
      }
    },
  );

  it('merges the guidance’s description of a level into its tick box, in place of the generic one', async () => {
    const md = await show('sr-practical-approach-2022', 'md');
    const block = questionBlocks(md).find((b) => b.startsWith('### 2 · PRV-LAW-10:')) ?? '';
    expect(block).toContain(
      '- [ ] **Not in place** – There is no age rule to apply (see the previous question), or registrars are not required to check age.\n',
    );
    expect(block).not.toContain('No law, policy or practice addresses this measure.');
    const html = await show('sr-practical-approach-2022', 'html');
    const article = html.slice(html.indexOf('<article class="question" id="q-PRV-LAW-10"'));
    const one = article.slice(0, article.indexOf('</article>'));
    for (const level of LEVELS) expect(one.split(`<strong>${level}</strong>`)).toHaveLength(2);
    // A yes/no question's guidance bullets move to its Yes and No boxes too.
    const yes = questionBlocks(md).find((b) => /^### \d+ · PRO-HLP-01:/.test(b)) ?? '';
    expect(yes).toMatch(/\n- \[ \] \*\*Yes\*\* – A helpline with national reach/);
    expect(yes).not.toContain('- **Yes:**');
  });

  it('gives write-in lines for the respondent, for evidence and notes, and for a reason when not applicable', async () => {
    const md = await show('sr-practical-approach-2022', 'md');
    for (const field of ['Country', 'Organization', 'Name', 'Role', 'Date'])
      expect(md).toContain(`\n${field}: ____`);
    const blocks = questionBlocks(md);
    expect(blocks).toHaveLength(127);
    for (const block of blocks) {
      expect(block).toMatch(/\nNotes: _{10,}/);
      expect(block).toMatch(/\(document, link, date\)/);
    }
    expect(md).toContain('- [ ] Not applicable, because: ____');
    expect(md).toContain('- [ ] Don’t know');
    const html = await show('sr-practical-approach-2022', 'html');
    expect(html).toContain('<p class="write"><span>Country</span><span class="line"></span></p>');
    expect(html.match(/<span>Notes:<\/span><span class="line"><\/span>/g)).toHaveLength(127);
  });

  it('says in words when to answer a follow-up, naming the earlier answers', async () => {
    const md = await show('sr-practical-approach-2022', 'md');
    expect(md).toContain(
      '**Answer only if you answered “18 is the rule, but exceptions remain (parental consent, court permission, pregnancy)” or “18 for girls and boys alike, with no exception of any kind” to PRV-LAW-01.**',
    );
    const html = await show('sr-practical-approach-2022', 'html');
    expect(html).toContain('<p class="condition">Answer only if you answered “Yes” to PRO-HLP-01.</p>');
  });
});
