import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeAnswers, makeChecklist, toYaml } from '../../bench/generate.mjs';
import { countValues } from '../../src/load/count-values.js';
import { LIMITS } from '../../src/parse/limits.js';
import { runCli } from './validate-harness.js';

const limit = LIMITS.maxValues.toLocaleString('en');
const refusal = (name: string): string =>
  `opsc-audit: ${name}: holds more than ${limit} YAML values (keys, items and scalars), over the limit; split it into smaller files\n`;

describe('issue 12 point 11: the number of values is bounded before any parser runs', () => {
  const dir = mkdtempSync(join(tmpdir(), 'opsc-values-'));
  // 2 MB, far under the size limit: a flat flow list of a million and one numbers.
  const flat = join(dir, 'flat.yaml');
  writeFileSync(
    flat,
    `x: [${Array<string>(LIMITS.maxValues + 1)
      .fill('0')
      .join(',')}]\n`,
  );

  it('12.11: the pre-scan counts a flat list item by item and stops just past the limit', () => {
    expect(countValues('x: [0,0,0]\n')).toBe(6);
    expect(countValues('a: 1\nb:\n  - x\n  - { c: 2, d: 3 }\n')).toBe(1 + 2 + 2 + 1 + 1 + 1 + 2 + 1 + 2);
    const count = countValues(
      `x: [${Array<string>(3 * LIMITS.maxValues)
        .fill('0')
        .join(',')}]`,
    );
    expect(count).toBe(LIMITS.maxValues + 1);
  });

  it('12.11: validate refuses a file of more values than the limit with one line and exit 2 (hang guard)', async () => {
    const run = await runCli(['validate', 'flat.yaml'], { cwd: dir });
    expect(run.stderr).toBe(refusal('flat.yaml'));
    expect(run.stdout).toBe('');
    expect(run.code).toBe(2);
  }, 120_000);

  it('12.11: score refuses such an answers file the same way (hang guard)', async () => {
    // 260,000 answers of four values each: 7 MB.
    const head =
      'format: opsc-audit/answers@1\nchecklist: { id: sr-practical-approach-2022, version: 1.0.0 }\n';
    const lines = [head, 'answers:\n'];
    for (let i = 0; i < 260_000; i++) lines.push(`  Q-X-${i}:\n    level: none\n`);
    const file = join(dir, 'many.yaml');
    writeFileSync(file, lines.join(''));
    const run = await runCli(['score', 'many.yaml'], { cwd: dir });
    // Named as typed, as validate names it.
    expect(run.stderr).toBe(refusal('many.yaml'));
    expect(run.code).toBe(2);
  }, 120_000);

  it('12.11: the 10,000-question benchmark checklist and its answers are well within the limit', () => {
    expect(countValues(toYaml(makeChecklist(10_000)))).toBeLessThan(0.6 * LIMITS.maxValues);
    expect(countValues(toYaml(makeAnswers(10_000)))).toBeLessThan(0.2 * LIMITS.maxValues);
  });
});
