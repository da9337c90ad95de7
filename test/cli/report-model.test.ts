import { describe, expect, it } from 'vitest';
import type { ReportView } from '../../src/report/view-types.js';
import { runCli } from './validate-harness.js';
import { reportViewOf } from '../helpers/report-view.js';

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

/** The view model of the full report (the annex lists every question). */
const fullView = (args: readonly string[]): Promise<ReportView> => reportViewOf(args);

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
    const view = await fullView(DRAFT);
    const questions = (view.annex?.sections ?? []).flatMap((s) => s.questions);
    const status = new Map(questions.map((q) => [q.id, q.status]));
    expect(view.actions.rows.length).toBeGreaterThan(0);
    expect(view.actions.rows.every((r) => ['answered', 'absent'].includes(status.get(r.id) ?? ''))).toBe(
      true,
    );
    expect(view.lists.unanswered.items).toHaveLength(74);
    const gapIds = new Set(questions.filter((q) => q.gapText !== '–').map((q) => q.id));
    expect(
      [...view.lists.dataGaps.items, ...view.lists.unanswered.items].filter((l) => gapIds.has(l.id)),
    ).toEqual([]);
  });
});

describe('measures not in place by dependency', () => {
  it('are gaps that say why, with the basis of each', async () => {
    const md = (await runCli(['report', ...NO_HELPLINE, '-f', 'md', '--detail', 'full'])).stdout;
    expect(section(md, 'What to do first')).toContain('Not in place (because PRO-HLP-01 is No) →');
    const annex = section(md, 'Annex: every answer, by section');
    expect(annex).toContain('- **Answer given:** Not in place (because PRO-HLP-01 is No)\n');
    expect(annex).toMatch(/- \*\*Basis:\*\* (treaty obligation|recommendation|good practice)\n/);
    expect(section(md, 'Methodology')).toContain(
      'then by basis (obligation, then recommendation, then good practice), then by weight, then in checklist order',
    );
  });
});

describe('report --basis', () => {
  it('lists only the gaps of the bases asked for, says so, and leaves the scores alone', async () => {
    const all = await fullView(NO_HELPLINE);
    const gaps = (all.annex?.sections ?? []).flatMap((s) => s.questions).filter((q) => q.gapText !== '–');
    const obligations = gaps.filter((q) => q.basis === 'obligation').length;
    expect(obligations).toBeGreaterThan(0);
    expect(obligations).toBeLessThan(gaps.length);
    const some = await runCli(['report', ...NO_HELPLINE, '-f', 'json', '--basis', 'obligation']);
    expect(some.code).toBe(0);
    const data = JSON.parse(some.stdout) as { gaps: { basis: string }[] };
    expect(data.gaps).toHaveLength(obligations);
    expect(data.gaps.every((g) => g.basis === 'obligation')).toBe(true);
    const view = await reportViewOf([...NO_HELPLINE, '--basis', 'obligation'], 'brief');
    expect(view.actions.rows).toHaveLength(Math.min(5, obligations));
    expect(view.actions.rows.every((r) => r.basis === 'treaty obligation')).toBe(true);
    expect(view.actions.filter).toBe(
      `Gaps shown: treaty obligation only (${obligations} of ${gaps.length} gaps).`,
    );
    expect(view.profile.overall.percentText).toBe(all.profile.overall.percentText);
    const md = await runCli(['report', ...NO_HELPLINE, '--basis', 'obligation,recommendation']);
    expect(md.stdout).toContain('Gaps shown: treaty obligation and recommendation only');
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
    const md = (await runCli(['report', ...DRAFT, '-f', 'md', '--detail', 'full'])).stdout;
    expect(md).toContain('### Data gaps (don’t know)\n\n- **PRV-Q05**');
    expect(md).toMatch(
      /\d+ questions were answered don’t know: data gaps to close, listed apart from the gaps\./,
    );
  });
});

describe('the methodology section', () => {
  it('prints the weighting table and the worked example, with a dependency, a cross-cutting and an unassessed question', async () => {
    const md = (await runCli(['report', ...NO_HELPLINE, '-f', 'md', '--detail', 'full'])).stdout;
    const method = section(md, 'Methodology');
    expect(method).toContain(
      '| treaty obligation | 4 to 5 |\n| recommendation | 3 to 4 |\n| good practice | 1 to 2 |',
    );
    expect(method).toContain(
      '| HLP-02: Is the helpline answered around the clock? | recommendation | 3 | Cross-cutting | Not in place (because HLP-01 is No) | 0.00 | 0.00 | 3.00 |',
    );
    expect(method).toContain('| Not yet assessed | 0.00 | 0.00 | – |');
    expect(method).toContain('- Overall: Σ w·s / Σ w = 3.33 / 14 = 24%.');
    const html = (await runCli(['report', ...NO_HELPLINE, '-f', 'html', '--detail', 'full'])).stdout;
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
