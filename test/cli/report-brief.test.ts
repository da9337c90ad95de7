import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/main.js';
import type { ReportView } from '../../src/report/view-types.js';
import { fakeIo } from '../helpers/io.js';
import { reportViewOf } from '../helpers/report-view.js';

// The brief a ministry circulates (issue 15): what a reader of the default report sees, and what --detail full adds.
const root = join(import.meta.dirname, '..', '..');
const GOV = 'examples/veloria-government.answers.yaml';

async function run(args: string[]) {
  const io = fakeIo(root, {});
  const code = await main(args, io);
  return { code, out: io.out(), err: io.err() };
}

/** The view model the report renders (`-f json` prints data, not the view), built in-process. */
function view(detail: 'brief' | 'full'): Promise<ReportView> {
  return reportViewOf([GOV], detail);
}

describe('report --detail brief (the default)', () => {
  it('titles the report with the country and the organisation, against the checklist', async () => {
    const r = await run(['report', GOV, '-f', 'md']);
    expect(r.code).toBe(0);
    expect(r.out.split('\n')[0]).toBe(
      '# Republic of Veloria (fictional): Ministry of Social Affairs and Child Protection — self-assessment against “A practical approach to addressing the sale and sexual exploitation of children”',
    );
  });

  it('has an action table: the question, the action, who is responsible, now -> target, basis and citation', async () => {
    const html = (await run(['report', GOV, '-f', 'html'])).out;
    const table = /<table class="actions">[\s\S]*?<\/table>/.exec(html)?.[0] ?? '';
    const first = /<tr id="action-1">[\s\S]*?<\/tr>/.exec(table)?.[0] ?? '';
    expect(first).toContain(
      'Is there an accessible procedure through which child victims can claim compensation',
    );
    expect(first).toContain('Provide a simple compensation procedure');
    expect(first).toContain('Courts and judiciary; Government and ministries; Prosecution services');
    expect(first).toContain('Not in place (0 of 4) → Established (4 of 4)');
    expect(first).toContain('treaty obligation');
    expect(first).toMatch(/A\/HRC\/49\/51, para\. 78<sup class="fn"><a href="#fn-1"/);
    expect(table.match(/<tr id="action-/g)).toHaveLength(5);
  });

  it('has no annex and no per-question list, only a count line for each list', async () => {
    const brief = await view('brief');
    expect(brief.annex).toBeNull();
    expect(brief.lists.notApplicable.items).toEqual([]);
    expect(brief.lists.notApplicable.count).toBe('Not applicable: 2 questions');
    const md = (await run(['report', GOV, '-f', 'md'])).out;
    expect(md).not.toContain('## Annex');
    expect(md).toContain('- Not yet assessed: 1 question');
  });

  it('numbers one footnote per source document, and the mark names the paragraphs', async () => {
    const brief = await view('brief');
    expect(brief.footnotes.map((n) => n.label)).toEqual(['A/HRC/49/51']);
    const md = (await run(['report', GOV, '-f', 'md'])).out;
    expect(md.match(/^\[\^\d+\]:/gm)).toHaveLength(1);
    expect(md).toContain('A/HRC/49/51, paras. 60, 90[^1]');
  });

  it('names roles, bases and bands in plain words, the bands apart from the levels', async () => {
    const ngo = (await run(['report', 'examples/veloria-ngo.answers.yaml', '-f', 'md'])).out;
    expect(ngo).toContain('| Role | non-governmental organization |');
    const md = (await run(['report', GOV, '-f', 'md'])).out;
    expect(md).toContain('| Specialised law enforcement | 75% | Substantial |');
    expect(md).not.toMatch(/\| (obligation|ngo) \|/);
  });

  it('refuses any other --detail with exit 2, naming the two values', async () => {
    const r = await run(['report', GOV, '--detail', 'bogus']);
    expect(r.code).toBe(2);
    expect(r.err).toBe('opsc-audit: --detail takes one of brief, full, not "bogus"\n');
  });
});

describe('report --detail full', () => {
  it('adds the annex of every answer, pointing to the action table instead of repeating it', async () => {
    const full = await view('full');
    const questions = full.annex?.sections.flatMap((s) => s.questions) ?? [];
    expect(questions).toHaveLength(127);
    const first = questions.find((q) => q.id === 'REH-JUS-09');
    expect(first?.seeAction).toBe('See action 1 in the action table.');
    const md = (await run(['report', GOV, '-f', 'md', '--detail', 'full'])).out;
    const annex = md.slice(md.indexOf('## Annex'));
    expect(annex).toContain('- **Recommended action:** See action 1 in the action table.');
    expect(annex.split('Provide a simple compensation procedure')).toHaveLength(1);
  });

  it('recommends no action for a question at its target', async () => {
    const full = await view('full');
    const atTarget = full.annex?.sections
      .flatMap((s) => s.questions)
      .filter((q) => q.status === 'answered' && q.gapText === '–');
    expect(atTarget?.length).toBeGreaterThan(0);
    expect(atTarget?.every((q) => q.action === null)).toBe(true);
    const gaps = full.annex?.sections.flatMap((s) => s.questions).filter((q) => q.gapText !== '–');
    expect(gaps?.some((q) => q.action !== null)).toBe(true);
  });
});
