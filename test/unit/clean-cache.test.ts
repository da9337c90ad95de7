import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCleanChecklist } from '../../src/load/clean-cache.js';
import { checklistsDir, loadBundled } from '../helpers/bundled.js';
import { runCli } from '../cli/validate-harness.js';

// `npm test` builds first, so dist/clean-cache holds the bundled checklists that validated clean.
describe('build-time cache of clean bundled checklists', () => {
  const bundled = loadBundled().filter((b) => b.diagnostics.length === 0);

  it.each(bundled.map((b) => [b.file, b]))(
    '%s is read from the cache with the same content',
    async (_, b) => {
      expect(await readCleanChecklist(join(checklistsDir, b.file))).toEqual(b.checklist);
    },
  );

  it('a byte-identical copy elsewhere is also served from the cache', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'opsc-cache-'));
    const first = bundled[0];
    if (!first) throw new Error('no clean bundled checklist');
    copyFileSync(join(checklistsDir, first.file), join(dir, 'copy.yaml'));
    expect(await readCleanChecklist(join(dir, 'copy.yaml'))).toEqual(first.checklist);
  });

  it('an edited copy misses the cache and is validated in full, with its problems reported', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'opsc-cache-'));
    const first = bundled[0];
    if (!first) throw new Error('no clean bundled checklist');
    // Same size, one question weight out of range: only a full validation can notice.
    const text = readFileSync(join(checklistsDir, first.file), 'utf8').replace(/weight: 5\n/, 'weight: 9\n');
    const file = join(dir, 'edited.yaml');
    writeFileSync(file, text);
    expect(await readCleanChecklist(file)).toBeUndefined();
    const run = await runCli(['validate', file]);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/edited\.yaml:\d+:\d+ +error/);
  });
});
