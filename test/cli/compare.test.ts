import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/main.js';
import type { CompareView } from '../../src/compare/view-types.js';
import { fakeIo } from '../helpers/io.js';
import { C, compareFixtureView, root } from '../helpers/compare-fixture.js';

const v11 = ['--checklist', `${C}/checklist-v1.1.yaml`];
const v10base = ['--base-checklist', `${C}/checklist-v1.0.yaml`];

async function run(args: string[], cwd = root) {
  const io = fakeIo(cwd);
  const code = await main(['compare', ...args], io);
  return { code, out: io.out(), err: io.err() };
}

/** The comparison view model, as the command builds it (-f json prints data, not the view: docs/data-api.md). */
async function viewOf(base: string, current: string, baseChecklist?: string): Promise<CompareView> {
  return compareFixtureView(base, current, { baseChecklist });
}

describe('opsc-audit compare: the kind of comparison', () => {
  it('reads the same organization at two dates as progress, regressions listed first', async () => {
    const view = await viewOf(`${C}/gov-2024.yaml`, `${C}/gov-2026.yaml`, `${C}/checklist-v1.0.yaml`);
    expect(view.format).toBe('opsc-audit/compare@1');
    expect(view.mode).toBe('progress');
    expect(view.divergence).toBeNull();
    expect(view.progress?.groups.map((g) => [g.key, g.rows.map((r) => r.id)])).toEqual([
      ['regressed', ['PRV-03', 'PRO-03']],
      ['dropped', ['PRO-02']],
      ['improved', ['PRV-01']],
      ['newly-answered', ['PRO-01', 'REH-01']],
      ['unchanged', ['PRV-02']],
    ]);
    expect(view.overall).toMatchObject({ baseText: '42%', currentText: '63%', deltaText: '+21 pts' });
    // The difference of the percentages shown (86 − 71), not of the exact values (85.7 − 71.4 = 14.3), which
    // would print "+14 pts" beside 71% and 86%.
    expect(view.progress?.coverage).toMatchObject({
      baseText: '71%',
      currentText: '86%',
      deltaText: '+15 pts',
    });
  });

  it('reads a government and an NGO file as divergence, ranked by weighted difference', async () => {
    const view = await viewOf(`${C}/gov-2026.yaml`, `${C}/ngo-2026.yaml`);
    expect(view.mode).toBe('divergence');
    expect(view.progress).toBeNull();
    expect(view.divergence?.differences.rows.map((r) => [r.rank, r.id, r.weightedText])).toEqual([
      [1, 'REH-01', '1.33'],
      [2, 'PRV-01', '1.00'],
      [3, 'PRV-03', '0.67'],
      [4, 'PRO-03', '0.50'],
    ]);
    expect(view.divergence?.agreement.overall).toMatchObject({
      percentText: '33%',
      detail: '2 of 6 questions both answered',
    });
    // Both sides' notes and evidence, side by side.
    const law = view.divergence?.differences.rows[1];
    expect(law?.base.notes).toBe('A bill repealing the exception passed its first reading.');
    expect(law?.current.evidence.map((e) => e.title)).toEqual(['Court registry sample 2025']);
    expect(view.charts.divergence?.desc).toContain(
      'REH-01: Ministry of Social Welfare 100%, Examplia Child Rights Coalition 33%',
    );
  });

  it('lets --mode override the choice', async () => {
    const r = await run([`${C}/gov-2026.yaml`, `${C}/ngo-2026.yaml`, ...v11, '--mode', 'progress']);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(
      /^# Republic of Examplia: Examplia Child Rights Coalition, 2026-05-01 and 2026-05-10 compared\n/,
    );
    expect(r.out).toContain('| Kind of comparison | progress: chosen with --mode progress |');
    const bad = await run([`${C}/gov-2026.yaml`, `${C}/ngo-2026.yaml`, '--mode', 'sideways']);
    expect(bad.code).toBe(2);
  });
});

describe('opsc-audit compare: checklist versions', () => {
  it('lists added, removed and reworded questions exactly when given the earlier checklist', async () => {
    const r = await run([`${C}/gov-2024.yaml`, `${C}/gov-2026.yaml`, ...v11, ...v10base]);
    expect(r.code).toBe(0);
    expect(r.out).toContain(
      '### Added (1)\n\n- **REH-04**: Are child victims followed up for a year after leaving care?',
    );
    expect(r.out).toContain(
      '### Removed (1)\n\n- **REH-02**: Is there a compensation fund for child victims?',
    );
    expect(r.out).toContain(
      '- **REH-03**: Are there specialised shelters for child victims, in every region? (was: Are there shelters for child victims?)',
    );
    expect(r.err).toContain(
      '3 questions are left out of the comparison because they changed between versions: 1 added, 1 removed, 1 reworded.',
    );
  });

  it('without it, still compares, warns that the added questions were inferred', async () => {
    const r = await run([`${C}/gov-2024.yaml`, `${C}/gov-2026.yaml`, ...v11, '-f', 'json']);
    expect(r.code).toBe(0);
    expect(r.err).toContain(
      'opsc-audit: warning: The checklist one of the files was made against is not at hand',
    );
    const data = JSON.parse(r.out) as { versions: { [k: string]: { id: string; text: string | null }[] } };
    expect(data.versions.reworded?.map((v) => v.id)).toEqual(['REH-03']);
    expect(data.versions.removed?.map((v) => [v.id, v.text])).toEqual([['REH-02', null]]);
  });

  it('refuses answers files of different checklists with one clear line (exit 2)', async () => {
    const r = await run([`${C}/gov-2026.yaml`, `${C}/other-checklist.yaml`]);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toBe(
      `opsc-audit: cannot compare answers to different checklists: ${C}/gov-2026.yaml is for "compare-fixture", ${C}/other-checklist.yaml is for "minimal"\n`,
    );
  });

  it('refuses a --checklist or --base-checklist of another id', async () => {
    const r = await run([
      `${C}/gov-2024.yaml`,
      `${C}/gov-2026.yaml`,
      '--checklist',
      'test/fixtures/checklists/valid/minimal.yaml',
    ]);
    expect(r.code).toBe(2);
    expect(r.err).toBe(
      'opsc-audit: test/fixtures/checklists/valid/minimal.yaml is checklist "minimal", but the answers are for "compare-fixture"\n',
    );
    const b = await run([
      `${C}/gov-2024.yaml`,
      `${C}/gov-2026.yaml`,
      ...v11,
      '--base-checklist',
      'test/fixtures/checklists/valid/minimal.yaml',
    ]);
    expect(b.code).toBe(2);
  });
});

describe('opsc-audit compare: input and output', () => {
  const dir = mkdtempSync(join(tmpdir(), 'opsc-compare-'));

  it('writes to -o and nothing to stdout', async () => {
    const out = join(dir, 'diff.html');
    const r = await run([`${C}/gov-2026.yaml`, `${C}/ngo-2026.yaml`, ...v11, '-f', 'html', '-o', out]);
    expect(r.code).toBe(0);
    expect(r.out).toBe('');
    const html = readFileSync(out, 'utf8');
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toContain('Content-Security-Policy');
    expect(html).toContain('id="compare-pillars"');
    expect(html).toContain('<h2 id="differences">');
  });

  it('withholds evidence marked not public unless --include-private', async () => {
    const args = [`${C}/gov-2026.yaml`, `${C}/ngo-2026.yaml`, ...v11];
    const r = await run(args);
    expect(r.out).not.toContain('Internal legal opinion');
    expect(r.out).toContain('> **Note:** 2 evidence items marked not public were withheld from this report.');
    expect(r.err).toContain(
      '2 evidence items marked not public were withheld from this report (use --include-private',
    );
    const all = await run([...args, '--include-private']);
    expect(all.out).toContain('Internal legal opinion *(not public)*');
    expect(all.out).not.toContain('withheld');
  });

  it('prints the diagnostics of an answers file that does not fit its checklist, exit 2', async () => {
    const bad = join(dir, 'bad.yaml');
    writeFileSync(
      bad,
      readFileSync(join(root, C, 'ngo-2026.yaml'), 'utf8').replace('level: none', 'level: never'),
    );
    const r = await run([`${C}/gov-2026.yaml`, bad, ...v11]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^.*bad\.yaml:\d+:\d+ error unknown-level "never" is not a level of PRV-03/m);
    expect(r.err).toMatch(
      /opsc-audit: .*bad\.yaml: the answers do not fit checklist compare-fixture 1\.1\.0\n$/,
    );
  });

  it('says in one line when a file is missing or is not an answers file', async () => {
    const missing = await run([`${C}/nope.yaml`, `${C}/gov-2026.yaml`]);
    expect(missing.code).toBe(2);
    expect(missing.err.trim().split('\n')).toHaveLength(1);
    const checklist = await run([`${C}/checklist-v1.1.yaml`, `${C}/gov-2026.yaml`]);
    expect(checklist.code).toBe(2);
    expect(checklist.err).toBe(
      `opsc-audit: ${C}/checklist-v1.1.yaml: not an answers file (expected "format: opsc-audit/answers@1")\n`,
    );
  });
});

describe('examples/', () => {
  it('the earlier self-assessment validates against the bundled checklist, with no warning', async () => {
    const io = fakeIo(root);
    expect(await main(['validate', 'examples/veloria-government-2024.answers.yaml', '--strict'], io)).toBe(0);
  });

  // The checked-in comparisons are reviewed output: when this fails, run `npm run examples` and read the diff.
  it.each([
    ['compare-progress', 'md', 'veloria-government-2024', 'veloria-government'],
    ['compare-progress', 'html', 'veloria-government-2024', 'veloria-government'],
    ['compare-divergence', 'md', 'veloria-government', 'veloria-ngo'],
    ['compare-divergence', 'html', 'veloria-government', 'veloria-ngo'],
  ])('%s.%s is up to date', async (name, format, base, current) => {
    const r = await run([`examples/${base}.answers.yaml`, `examples/${current}.answers.yaml`, '-f', format]);
    expect(r.code).toBe(0);
    expect(r.out).toBe(readFileSync(join(root, 'examples', `${name}.${format}`), 'utf8'));
  });
});
