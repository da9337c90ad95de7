import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { quote } from '../../src/text/shell-quote.js';

// The built binary on the scoring fixtures of issue 13, as a user runs it.

const root = join(import.meta.dirname, '..', '..');
const F = 'test/fixtures/scoring';

function cli(...args: string[]): { code: number | null; out: string } {
  const r = spawnSync(process.execPath, [join(root, 'dist', 'cli.js'), ...args], {
    cwd: root,
    encoding: 'utf8',
    // Not installed, not through npx: the commands it suggests name it node <path>/dist/cli.js.
    env: { ...process.env, NO_COLOR: '1', PATH: '/nonexistent', npm_command: '' },
  });
  return { code: r.status, out: r.stdout };
}

const draft = [`${F}/draft.answers.yaml`, '--checklist', `${F}/draft.checklist.yaml`];

describe('opsc-audit score on an assessment with 28 of 102 questions answered', () => {
  it('marks it as a draft and shows the unassessed pillar as "not enough answers"', () => {
    const r = cli('score', ...draft);
    expect(r.code).toBe(0);
    expect(r.out).toContain('Draft: 74 of 102 questions not yet assessed');
    expect(r.out).toMatch(/^ {2}Rehabilitation +░+ +0% +not enough answers +coverage 0%$/m);
    expect(r.out).toMatch(/^ {2}Prevention +[█░]+ +31% +Initial +coverage 55%$/m);
    expect(r.out).toContain('74 not yet assessed');
    expect(r.out).toContain('2 data gaps (don’t know)');
  });

  it('lists only answered questions among the top gaps', () => {
    const r = cli('score', ...draft);
    const top = [...r.out.matchAll(/^ {2}\d\. [\d.]+ {2}([A-Z0-9-]+)/gm)].map((m) => m[1]);
    expect(top).toEqual(['PRV-Q16', 'PRO-Q12', 'PRV-Q08', 'PRV-Q20', 'PRO-Q16']);
  });

  it('prints the draft, the gaps and the unassessed pillar in the JSON', () => {
    const r = cli('score', ...draft, '-f', 'json');
    expect(r.code).toBe(0);
    const card = JSON.parse(r.out) as {
      draft: { unassessed: number; total: number };
      gaps: { id: string }[];
      dataGaps: string[];
      pillars: { id: string; enough: boolean; band: unknown }[];
    };
    expect(card.draft).toEqual({ unassessed: 74, total: 102 });
    // Of the 25 answered, the gate PRV-Q01 (yes) and the 7 at the top level have no gap: 17 gaps.
    expect(card.gaps).toHaveLength(17);
    expect(card.gaps.some((g) => g.id.startsWith('REH-'))).toBe(false);
    expect(card.dataGaps).toEqual(['PRV-Q05', 'PRO-Q17']);
    const reh = card.pillars.find((p) => p.id === 'rehabilitation');
    expect(reh?.enough).toBe(false);
    expect(reh?.band).toBeNull();
  });

  it('writes a Markdown report of it', () => {
    const r = cli('report', ...draft, '-f', 'md');
    expect(r.code).toBe(0);
    expect(r.out).toContain('A large draft assessment');
  });
});

describe('opsc-audit score on tied gaps', () => {
  it('says how many more gaps share the priority of the fifth', () => {
    const r = cli('score', `${F}/ties-at-cut.answers.yaml`, '--checklist', `${F}/ties.checklist.yaml`);
    expect(r.out).toContain('  5. 2.00  PRO-T01  [good practice] Practice one\n');
    expect(r.out).toContain(
      `  … and 2 more at the same priority (2.00): node ${quote(join(root, 'dist', 'cli.js'))} report lists every gap\n`,
    );
  });

  it('says nothing when the gaps after the fifth are equal but of another basis', () => {
    const r = cli('score', `${F}/ties-by-basis.answers.yaml`, '--checklist', `${F}/ties.checklist.yaml`);
    expect(r.out).toContain('  5. 2.00  PRO-T08  [treaty obligation] Obligation half done\n');
    expect(r.out).not.toContain('same priority');
  });
});
