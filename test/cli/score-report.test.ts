import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/main.js';
import { fakeIo } from '../helpers/io.js';

const root = join(import.meta.dirname, '..', '..');
const F = 'test/fixtures/reports';
const withFixture = ['--checklist', `${F}/checklist.yaml`];

async function run(args: string[], env: Record<string, string> = {}) {
  const io = fakeIo(root, env);
  const code = await main(args, io);
  return { code, out: io.out(), err: io.err() };
}

describe('opsc-audit score', () => {
  it('prints the draft mark, overall, pillars, themes with bands, coverage, the top gaps and the data gaps', async () => {
    const r = await run(['score', `${F}/answers.yaml`, ...withFixture]);
    expect(r.code).toBe(0);
    expect(r.out).toContain('Overall              ██████████░░░░░░░░░░   50%  Developing    coverage 78%');
    expect(r.out).toContain('\nDraft: 1 of 10 questions not yet assessed\n');
    expect(r.out).toContain(
      '7 of 9 applicable questions assessed; 1 no data (don’t know), 1 not yet assessed; 1 not applicable',
    );
    expect(r.out).toContain('Rehabilitation       █████░░░░░░░░░░░░░░░   25%  Initial');
    expect(r.out).toContain(
      'Travel and tourism   ██████████░░░░░░░░░░   50%  Developing    coverage 100%, 3 specific questions',
    );
    // Only four questions fall short of their target: the don't know and the unanswered one are not gaps.
    expect(r.out.match(/^ {2}\d\. /gm)).toHaveLength(4);
    expect(r.out).toContain('  1. 2.00  PRV-LAW-01  [recommendation] Does national law set 18');
    expect(r.out).toContain('\n1 data gap (don’t know): opsc-audit report lists it\n');
    expect(r.out).not.toContain('\u001b['); // no colour when not a terminal
  });

  it('exits 1 under --fail-under, 0 at or above it', async () => {
    const under = await run(['score', `${F}/answers.yaml`, ...withFixture, '--fail-under', '60']);
    expect(under.code).toBe(1);
    expect(under.err).toBe('opsc-audit: overall score 50.0% is under --fail-under 60\n');
    expect((await run(['score', `${F}/answers.yaml`, ...withFixture, '--fail-under', '50'])).code).toBe(0);
  });

  it('rejects a --fail-under that is not a percentage (exit 2, one line)', async () => {
    const r = await run(['score', `${F}/answers.yaml`, ...withFixture, '--fail-under', 'high']);
    expect(r.code).toBe(2);
    expect(r.err).toBe('opsc-audit: --fail-under must be a number from 0 to 100, not "high"\n');
  });

  it('prints the scores as JSON data', async () => {
    const r = await run(['score', `${F}/answers.yaml`, ...withFixture, '-f', 'json']);
    const json = JSON.parse(r.out) as {
      format: string;
      overall: { percent: number };
      gaps: { id: string }[];
    };
    expect(json.format).toBe('opsc-audit/score-data@2');
    expect(json.overall.percent).toBeCloseTo(50);
    expect(json.gaps[0]?.id).toBe('PRV-LAW-01');
  });

  it('fails with exit 2 and one line for a missing answers file', async () => {
    const r = await run(['score', 'no-such.yaml']);
    expect(r.code).toBe(2);
    expect(r.err.trim().split('\n')).toHaveLength(1);
    expect(r.err).toContain('no-such.yaml');
  });
});

describe('opsc-audit report', () => {
  const dir = mkdtempSync(join(tmpdir(), 'opsc-report-'));

  it('writes Markdown to a file and notes withheld private evidence on stderr', async () => {
    const out = join(dir, 'r.md');
    const r = await run(['report', `${F}/answers.yaml`, ...withFixture, '-f', 'md', '-o', out]);
    expect(r.code).toBe(0);
    expect(r.out).toBe('');
    expect(r.err).toContain('2 evidence items marked not public were withheld');
    expect(readFileSync(out, 'utf8')).toContain('## What to do first');
  });

  it('includes private evidence with --include-private', async () => {
    const r = await run([
      'report',
      `${F}/answers.yaml`,
      ...withFixture,
      '--include-private',
      '--detail',
      'full',
    ]);
    expect(r.out).toContain('Internal legal opinion of the Ministry *(not public)*');
    expect(r.out).not.toContain('withheld');
  });

  it('prints the report as JSON data', async () => {
    const r = await run(['report', `${F}/answers.yaml`, ...withFixture, '-f', 'json']);
    const data = JSON.parse(r.out) as { format: string; overall: { percentRounded: number } };
    expect(data.format).toBe('opsc-audit/report-data@1');
    expect(data.overall.percentRounded).toBe(50);
  });

  it('renders a user template with the same escaping', async () => {
    const t = join(dir, 'mine.html.hbs');
    writeFileSync(t, '<p>{{respondent.organization}}: {{profile.overall.percentText}}</p>');
    const r = await run([
      'report',
      'test/fixtures/reports/hostile.yaml',
      ...withFixture,
      '-f',
      'html',
      '--template',
      t,
    ]);
    expect(r.code).toBe(0);
    expect(r.out).toBe(
      '<p>&lt;img src&#x3D;x onerror&#x3D;&quot;window.__pwned&#x3D;&#x27;organization&#x27;&quot;&gt;Ministry: 0%</p>',
    );
  });

  it('reports a broken user template in one line with exit 2', async () => {
    const t = join(dir, 'broken.hbs');
    writeFileSync(t, '{{#each actions.rows}}{{nonsense}}{{/each}}');
    const r = await run(['report', `${F}/answers.yaml`, ...withFixture, '-f', 'md', '--template', t]);
    expect(r.code).toBe(2);
    const lines = r.err.trim().split('\n');
    expect(lines[lines.length - 1]).toMatch(/^opsc-audit: .*broken\.hbs: "nonsense" not defined/);
  });

  it('writes nothing when a streamed HTML template fails part way (exit 2, the old file kept)', async () => {
    const t = join(dir, 'streamed.hbs');
    writeFileSync(
      t,
      '<ol>{{#each-streamed actions.rows}}<li>{{rank}} {{nonsense}}</li>{{/each-streamed}}</ol>',
    );
    const out = join(dir, 'kept.html');
    writeFileSync(out, 'previous report');
    const r = await run([
      'report',
      `${F}/answers.yaml`,
      ...withFixture,
      '-f',
      'html',
      '--template',
      t,
      '-o',
      out,
    ]);
    expect(r.code).toBe(2);
    expect(r.err.trim().split('\n').pop()).toMatch(/^opsc-audit: .*streamed\.hbs: "nonsense" not defined/);
    expect(readFileSync(out, 'utf8')).toBe('previous report');
  });

  it('gives custom templates each-streamed with @index, @first, @last and an else block', async () => {
    const t = join(dir, 'each.hbs');
    writeFileSync(
      t,
      '{{#each-streamed actions.rows}}[{{@index}}{{#if @first}} first{{/if}}{{#if @last}} last{{/if}}]{{/each-streamed}}' +
        '{{#each-streamed warnings}}x{{else}} no warnings{{/each-streamed}}',
    );
    const r = await run(['report', `${F}/answers.yaml`, ...withFixture, '-f', 'html', '--template', t]);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^\[0 first\]\[1\](\[\d\])*\[\d last\] no warnings$/);
  });

  it('-f json is data: no rendered guidance, CSS classes or display strings', async () => {
    const r = await run(['report', `${F}/answers.yaml`, ...withFixture, '-f', 'json']);
    expect(r.code).toBe(0);
    for (const key of ['guidanceHtml', 'guidanceMd', 'percentText', 'anchor', 'class', 'statusLabel'])
      expect(r.out).not.toContain(`"${key}"`);
  });

  it('refuses --template with -f json (exit 2)', async () => {
    const r = await run(['report', `${F}/answers.yaml`, '-f', 'json', '--template', 'x.hbs']);
    expect(r.code).toBe(2);
    expect(r.err).toBe('opsc-audit: --template applies to -f md, -f html, and -f pdf, not json\n');
  });
});

describe('opsc-audit show -f md|html', () => {
  it('prints a blank questionnaire with answer boxes and sources', async () => {
    const md = await run(['show', `${F}/checklist.yaml`, '-f', 'md']);
    expect(md.code).toBe(0);
    expect(md.out).toContain('### 6 · PRO-HLP-02: Is the helpline free and open around the clock?');
    expect(md.out).toContain('**Answer only if you answered “Yes” to PRO-HLP-01.**');
    expect(md.out).toContain('- [ ] Don’t know');
    const html = await run(['show', `${F}/checklist.yaml`, '-f', 'html']);
    expect(html.out).toContain('<ul class="choices columns">');
    expect(html.out).toContain('<a href="https://undocs.org/A/HRC/49/51">the report</a>');
    // The questionnaire's own print stylesheet is embedded after the report's.
    expect(html.out).toContain('/* opsc-audit blank questionnaire');
    expect(html.out).not.toContain('<script');
  });

  it('keeps the text outline as the default', async () => {
    const r = await run(['show', `${F}/checklist.yaml`]);
    expect(r.out).toMatch(/^Report fixture checklist \(report-fixture 2\.1\.0\)\n11 questions in 4 sections/);
  });
});

describe('examples/', () => {
  // The checked-in example reports are reviewed output: when this fails, run `npm run examples` and read the diff.
  it.each([
    ['veloria-government', 'md'],
    ['veloria-government', 'html'],
    ['veloria-ngo', 'md'],
    ['veloria-ngo', 'html'],
    ['veloria-government', 'full.html'],
  ])('%s.report.%s is up to date', async (name, format) => {
    const full = format === 'full.html' ? ['-f', 'html', '--detail', 'full'] : ['-f', format];
    const r = await run(['report', `examples/${name}.answers.yaml`, ...full]);
    expect(r.code).toBe(0);
    expect(r.out).toBe(readFileSync(join(root, 'examples', `${name}.report.${format}`), 'utf8'));
  });
});
