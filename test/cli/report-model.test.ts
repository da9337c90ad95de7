import { describe, expect, it } from 'vitest';
import { runCli } from './validate-harness.js';

// What a reader of the report sees of the scoring model of issue 13: the draft mark, "not enough answers",
// the basis of each gap and `--basis`, measures not in place by dependency and why, cross-cutting scores
// beside the themes, data gaps apart from gaps, and the methodology's weighting table and worked example.
const S = 'test/fixtures/scoring';
const DRAFT = [`${S}/draft.answers.yaml`, '--checklist', `${S}/draft.checklist.yaml`];
const NO_HELPLINE = [`${S}/no-helpline.answers.yaml`, '--checklist', `${S}/measures.checklist.yaml`];

const section = (md: string, heading: string): string => {
  const start = md.indexOf(`\n## ${heading}`);
  return md.slice(start, md.indexOf('\n## ', start + 1));
};

describe('the report of an unfinished assessment', () => {
  it('is marked as a draft, and a pillar nobody assessed reads "not enough answers", in Markdown and HTML', async () => {
    const md = await runCli(['report', ...DRAFT, '-f', 'md']);
    expect(md.code).toBe(0);
    expect(md.stdout).toContain('\n> **Draft: 74 of 102 questions not yet assessed.**\n');
    expect(md.stdout).toMatch(/\n\| Rehabilitation \| 0% \| not enough answers \| 0 of \d+ \| 0% \|/);
    const html = await runCli(['report', ...DRAFT, '-f', 'html']);
    expect(html.stdout).toContain(
      '<p class="draft" role="note"><strong>Draft: 74 of 102 questions not yet assessed</strong></p>',
    );
    expect(html.stdout).toContain('not enough answers');
  });

  it('never lists a question not yet assessed, or answered don’t know, among the gaps', async () => {
    const json = await runCli(['report', ...DRAFT, '-f', 'json']);
    const view = JSON.parse(json.stdout) as {
      gaps: { question: { id: string; status: string } }[];
      lists: { dataGaps: { id: string }[]; unanswered: { id: string }[] };
    };
    expect(view.gaps.length).toBeGreaterThan(0);
    expect(view.gaps.every((g) => g.question.status === 'answered' || g.question.status === 'absent')).toBe(
      true,
    );
    expect(view.lists.unanswered).toHaveLength(74);
    const gapIds = new Set(view.gaps.map((g) => g.question.id));
    expect([...view.lists.dataGaps, ...view.lists.unanswered].filter((l) => gapIds.has(l.id))).toEqual([]);
  });
});

describe('measures not in place by dependency', () => {
  it('are gaps that say why, with the basis of each', async () => {
    const md = (await runCli(['report', ...NO_HELPLINE, '-f', 'md'])).stdout;
    const gaps = section(md, 'Prioritised gaps');
    expect(gaps).toContain('- **Answer given:** Not in place (because PRO-HLP-01 is No)\n');
    expect(gaps).toMatch(/- \*\*Basis:\*\* (obligation|recommendation|good practice)\n/);
    expect(gaps).toContain('equal gaps by basis (obligation first), then by weight, then in checklist order');
  });
});

describe('report --basis', () => {
  it('lists only the gaps of the bases asked for, says so, and leaves the scores alone', async () => {
    const all = JSON.parse((await runCli(['report', ...NO_HELPLINE, '-f', 'json'])).stdout) as {
      gaps: { question: { basis: string } }[];
      summary: { overall: { percentText: string } };
    };
    const some = await runCli(['report', ...NO_HELPLINE, '-f', 'json', '--basis', 'obligation']);
    expect(some.code).toBe(0);
    const view = JSON.parse(some.stdout) as typeof all & { gapFilter: string };
    const obligations = all.gaps.filter((g) => g.question.basis === 'obligation').length;
    expect(obligations).toBeGreaterThan(0);
    expect(obligations).toBeLessThan(all.gaps.length);
    expect(view.gaps).toHaveLength(obligations);
    expect(view.gaps.every((g) => g.question.basis === 'obligation')).toBe(true);
    expect(view.gapFilter).toBe(`Gaps shown: obligation only (${obligations} of ${all.gaps.length} gaps).`);
    expect(view.summary.overall.percentText).toBe(all.summary.overall.percentText);
    const md = await runCli(['report', ...NO_HELPLINE, '--basis', 'obligation,recommendation']);
    expect(md.stdout).toContain('Gaps shown: obligation and recommendation only');
  });

  it('refuses an unknown basis with exit 2 and one line', async () => {
    const run = await runCli(['report', ...NO_HELPLINE, '--basis', 'obligation,duty']);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      'opsc-audit: --basis takes obligation, recommendation, practice, separated by commas, not "duty"\n',
    );
  });
});

describe('themes, cross-cutting measures and data gaps', () => {
  it('shows each theme over its specific questions with their number, and the cross-cutting score beside them', async () => {
    const md = (await runCli(['report', ...NO_HELPLINE, '-f', 'md'])).stdout;
    expect(md).toMatch(/\| Theme \| Score \| Band \| Questions \| Assessed \| Coverage \| Weighted gap \|/);
    expect(md).toMatch(/\n\| \*Cross-cutting\* \| \d+% \|/);
    expect(md).toContain(
      'cross-cutting questions, which serve every form of exploitation, are scored apart.',
    );
    expect(md).toContain('| Pillar | Child marriage | Prostitution | Cross-cutting |');
  });

  it('lists don’t know answers as data gaps, apart from the gaps', async () => {
    const md = (await runCli(['report', ...DRAFT, '-f', 'md'])).stdout;
    expect(md).toContain('### Data gaps (don’t know)\n\n- **PRV-Q05**');
    expect(md).toMatch(
      /\d+ questions were answered don’t know: data gaps to close, listed apart from the gaps\./,
    );
  });
});

describe('the methodology section', () => {
  it('prints the weighting table and the worked example, with a dependency, a cross-cutting and an unassessed question', async () => {
    const md = (await runCli(['report', ...NO_HELPLINE, '-f', 'md'])).stdout;
    const method = section(md, 'Methodology');
    expect(method).toContain(
      '| obligation | 4 to 5 |\n| recommendation | 3 to 4 |\n| good practice | 1 to 2 |',
    );
    expect(method).toContain(
      '| HLP-02: Is the helpline answered around the clock? | recommendation | 3 | Cross-cutting | Not in place (because HLP-01 is No) | 0.00 | 0.00 | 3.00 |',
    );
    expect(method).toContain('| Not yet assessed | 0.00 | 0.00 | – |');
    expect(method).toContain('- Overall: Σ w·s / Σ w = 3.33 / 14 = 24%.');
    const html = (await runCli(['report', ...NO_HELPLINE, '-f', 'html'])).stdout;
    expect(html).toContain('<caption>Weights by normative basis</caption>');
    expect(html).toContain('Not in place (because HLP-01 is No)');
  });
});

describe('the printable questionnaire', () => {
  it('says in words when a follow-up is to be answered', async () => {
    const md = await runCli(['show', `${S}/measures.checklist.yaml`, '-f', 'md']);
    expect(md.code).toBe(0);
    expect(md.stdout).toContain('**Answer only if you answered “Yes” to PRO-HLP-01.**');
    const outline = await runCli(['show', `${S}/measures.checklist.yaml`]);
    expect(outline.stdout).toMatch(/PRO-HLP-02 [^\n]*\n +\(w3, conditional\)/);
  });
});

describe('compare', () => {
  it('says which side is a draft, and how far', async () => {
    const run = await runCli([
      'compare',
      'examples/veloria-government-2024.answers.yaml',
      'examples/veloria-government.answers.yaml',
    ]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('\n- 2024-10-03 is a draft: 2 of 127 questions not yet assessed.\n');
    expect(run.stdout).toContain('\n- 2026-11-12 is a draft: 1 of 127 questions not yet assessed.\n');
  });
});
