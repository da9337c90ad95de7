import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  cleanCacheDir,
  cleanCacheName,
  cleanChecklistFacts,
  ENTRIES_LIST,
  fingerprintFiles,
  readCleanChecklist,
  VALIDATOR_FILES_LIST,
} from '../../src/load/clean-cache.js';
import { packageRoot } from '../../src/load/paths.js';
import { checklistsDir, loadBundled } from '../helpers/bundled.js';
import { runCli } from '../cli/validate-harness.js';

// `npm test` builds first, so dist/clean-cache holds the bundled checklists that validated clean.
describe('build-time cache of clean bundled checklists', () => {
  const bundled = loadBundled().filter((b) => b.diagnostics.length === 0);

  it.each(bundled.map((b) => [b.file, b]))('%s is read from the cache with the same content', (_, b) => {
    expect(readCleanChecklist(join(checklistsDir, b.file))).toEqual(b.checklist);
  });

  it.each(bundled.map((b) => [b.file, b]))(
    '%s: its id and language are known from the cache without its data',
    (_, b) => {
      expect(cleanChecklistFacts(join(checklistsDir, b.file))).toEqual({
        id: b.checklist?.id,
        language: b.checklist?.language,
      });
    },
  );

  it('a byte-identical copy elsewhere is also served from the cache', () => {
    const dir = mkdtempSync(join(tmpdir(), 'opsc-cache-'));
    const first = bundled[0];
    if (!first) throw new Error('no clean bundled checklist');
    copyFileSync(join(checklistsDir, first.file), join(dir, 'copy.yaml'));
    expect(readCleanChecklist(join(dir, 'copy.yaml'))).toEqual(first.checklist);
  });

  it('an edited copy misses the cache and is validated in full, with its problems reported', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'opsc-cache-'));
    const first = bundled[0];
    if (!first) throw new Error('no clean bundled checklist');
    // Same size, one question weight out of range: only a full validation can notice.
    const text = readFileSync(join(checklistsDir, first.file), 'utf8').replace(/weight: 5\n/, 'weight: 9\n');
    const file = join(dir, 'edited.yaml');
    writeFileSync(file, text);
    expect(readCleanChecklist(file)).toBeUndefined();
    expect(cleanChecklistFacts(file)).toBeUndefined();
    const run = await runCli(['validate', file]);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/edited\.yaml:\d+:\d+ +error/);
  });

  it('the key changes with the validator fingerprint, and with any byte of the checklist', () => {
    const bytes = new TextEncoder().encode('format: opsc-audit/checklist@1\n');
    const key = cleanCacheName(bytes, 'validator-a');
    expect(key).toMatch(new RegExp(`^${bytes.length}-[0-9a-f]{64}\\.json$`));
    expect(cleanCacheName(bytes, 'validator-a')).toBe(key);
    expect(cleanCacheName(bytes, 'validator-b')).not.toBe(key);
    expect(
      cleanCacheName(new TextEncoder().encode('format: opsc-audit/checklist@2\n'), 'validator-a'),
    ).not.toBe(key);
  });

  it('the fingerprint changes when any listed file changes, even by one byte', () => {
    const dir = mkdtempSync(join(tmpdir(), 'opsc-fingerprint-'));
    writeFileSync(join(dir, 'rules.js'), 'export const weight = 5;\n');
    writeFileSync(join(dir, 'schema.json'), '{"maximum": 5}\n');
    const before = fingerprintFiles(dir, ['rules.js', 'schema.json']);
    expect(fingerprintFiles(dir, ['rules.js', 'schema.json'])).toBe(before);
    writeFileSync(join(dir, 'schema.json'), '{"maximum": 9}\n');
    const after = fingerprintFiles(dir, ['rules.js', 'schema.json']);
    expect(after).not.toBe(before);
    expect(fingerprintFiles(dir, ['rules.js'])).not.toBe(after);
  });

  it('the build lists the bundle files holding the reader, the compiled validators, the rules and what they import, and the schemas', () => {
    const files = JSON.parse(readFileSync(join(cleanCacheDir, VALIDATOR_FILES_LIST), 'utf8')) as string[];
    for (const file of files) {
      expect(file).toMatch(/^(dist\/chunks\/[\w-]+\.js|dist\/cli\.js|schemas\/[\w-]+\.schema\.json)$/);
      expect(existsSync(join(packageRoot, file)), file).toBe(true);
    }
    expect(files).toEqual(
      expect.arrayContaining(['schemas/checklist.schema.json', 'schemas/answers.schema.json']),
    );
    // What those files hold, as esbuild's metafile of the bundle says.
    const meta = JSON.parse(readFileSync(join(packageRoot, 'dist', 'bundle-meta.json'), 'utf8')) as {
      outputs: Record<string, { inputs: Record<string, unknown> }>;
    };
    const held = files.flatMap((f) => Object.keys(meta.outputs[f]?.inputs ?? {}));
    expect(held).toEqual(
      expect.arrayContaining([
        'src/load/load-file.ts',
        'src/parse/parse-yaml.ts',
        'src/parse/quick-parse.ts',
        'src/validate/validate-document.ts',
        'src/validate/checklist-rules.ts',
        'src/validate/condition-rules.ts',
        'src/validate/translation-rules.ts',
        'dist/validate/generated/checklist.cjs',
        'src/model/checklist.ts',
      ]),
    );
  });

  it('the built CLI never uses an entry written with another validator fingerprint', () => {
    const first = bundled[0];
    if (!first) throw new Error('no clean bundled checklist');
    const dir = mkdtempSync(join(tmpdir(), 'opsc-cache-'));
    // One question weight out of range: a full validation reports it; a cache entry would hide it.
    const text = readFileSync(join(checklistsDir, first.file), 'utf8').replace(/weight: 5\n/, 'weight: 9\n');
    const file = join(dir, 'edited.yaml');
    writeFileSync(file, text);
    const bytes = readFileSync(file);
    const files = JSON.parse(readFileSync(join(cleanCacheDir, VALIDATOR_FILES_LIST), 'utf8')) as string[];
    const validate = () =>
      spawnSync(process.execPath, [join(packageRoot, 'dist', 'cli.js'), 'validate', file], {
        encoding: 'utf8',
      });
    const staleName = cleanCacheName(bytes, 'an older validator');
    const currentName = cleanCacheName(bytes, fingerprintFiles(packageRoot, files));
    const listFile = join(cleanCacheDir, ENTRIES_LIST);
    const list = readFileSync(listFile, 'utf8');
    const facts = { id: first.checklist?.id, language: first.checklist?.language };
    const addEntry = (name: string) => {
      writeFileSync(join(cleanCacheDir, name), JSON.stringify(first.checklist));
      const entries = JSON.parse(readFileSync(listFile, 'utf8')) as Record<string, unknown>;
      writeFileSync(listFile, JSON.stringify({ ...entries, [name]: facts }));
    };
    try {
      addEntry(staleName);
      const run = validate();
      expect(run.status).toBe(1);
      expect(run.stdout).toMatch(/edited\.yaml:\d+:\d+ +error/);
      // The same entry under the current fingerprint is used: the miss above is the fingerprint's doing.
      addEntry(currentName);
      expect(validate()).toMatchObject({ status: 0 });
    } finally {
      writeFileSync(listFile, list);
      rmSync(join(cleanCacheDir, staleName), { force: true });
      rmSync(join(cleanCacheDir, currentName), { force: true });
    }
  });
});
