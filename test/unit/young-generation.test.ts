import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { makeChecklist, toYaml } from '../../bench/generate.mjs';
import { HOLD_YOUNG_FROM_CHARS, holdYoungGeneration } from '../../src/load/collect-garbage.js';

// Each case runs in a process of its own (the built modules in dist/), since the setting lasts for the process.
const root = join(import.meta.dirname, '..', '..');
const dir = mkdtempSync(join(tmpdir(), 'opsc-young-'));
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});
const checklist = join(dir, 'c3000.yaml');
writeFileSync(checklist, toYaml(makeChecklist(3000)));

/** The young generation's size (MB) and the data's question count after reading the checklist `how`. */
function readIn(how: 'loader' | 'parser only'): { youngMb: number; questions: number } {
  const dist = (path: string): string => JSON.stringify(pathToFileURL(join(root, 'dist', path)).href);
  const script = `
    import { readFileSync } from 'node:fs';
    import { getHeapSpaceStatistics } from 'node:v8';
    import { loadYamlFile } from ${dist('load/load-file.js')};
    import { fastParsed } from ${dist('parse/fast-parse.js')};
    const file = ${JSON.stringify(checklist)};
    const data = ${
      how === 'loader'
        ? 'await loadYamlFile(file, file, (l) => l.parsed.data, { lastInput: true })'
        : "fastParsed(readFileSync(file, 'utf8')).data"
    };
    const young = getHeapSpaceStatistics().find((s) => s.space_name === 'new_space').space_size;
    const questions = data.sections.reduce((n, s) => n + s.questions.length, 0);
    console.log(JSON.stringify({ youngMb: young / 2 ** 20, questions }));`;
  const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
  expect(run.stderr).toBe('');
  return JSON.parse(run.stdout) as { youngMb: number; questions: number };
}

describe('issue 17: a large input is read with a young generation that does not grow', () => {
  it('keeps the young generation at its starting size while the loader reads 3,000 questions', () => {
    const held = readIn('loader');
    const grown = readIn('parser only');
    expect(held.questions).toBe(3000);
    expect(grown.questions).toBe(3000);
    // V8 starts at 1 MB a half (2 MB in all) and doubles the halves as the parse's objects survive.
    expect(held.youngMb).toBeLessThanOrEqual(2);
    expect(grown.youngMb).toBeGreaterThan(held.youngMb * 2);
  });

  it('leaves it alone for a small input', () => {
    expect(holdYoungGeneration(HOLD_YOUNG_FROM_CHARS - 1)).toBe(false);
  });
});
