import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { ONE_ERROR_WEIGHT, makeAnswers, makeChecklist, toYaml, withOneError } from '../../bench/generate.mjs';
import { EDIT_COMMENT, withCommentLine, withCountry } from '../../bench/variants.mjs';
import { evaluateTarget, targetsSummary, targetsTable } from '../../bench/targets.mjs';
import { listTargets } from '../../bench/target-list.mjs';
import { measurementTable, times } from '../../bench/markdown.mjs';
import { roundOrder, summarize } from '../../bench/stats.mjs';
import { readConfig } from '../../bench/config.mjs';
import { parseYaml } from '../../src/parse/parse-yaml.js';
import { validateChecklistDocument } from '../../src/validate/validate-document.js';
import { isTranslationFileName } from '../../src/translate/file-name.js';

// The pure parts of `npm run bench` (the timings themselves are checked by running it, never in a test).
const root = join(import.meta.dirname, '..', '..');
const bundled = readdirSync(join(root, 'checklists'))
  .filter((f) => f.endsWith('.yaml') && !isTranslationFileName(f))
  .sort();

describe('the files the benchmark measures on', () => {
  it.each(bundled)('an edited copy of %s differs by one comment line and still validates', (name) => {
    const text = readFileSync(join(root, 'checklists', name), 'utf8');
    const edited = withCommentLine(text);
    const added = edited.split('\n').filter((line) => line.trim() === EDIT_COMMENT);
    expect(added).toHaveLength(1);
    expect(edited.split('\n')).toHaveLength(text.split('\n').length + 1);
    expect(edited.replace(/^.*# Edited for the benchmark.*\n/m, '')).toBe(text);
    // In the middle of the questions, where a fast path cannot skip it, and the data unchanged.
    expect(edited.indexOf(EDIT_COMMENT)).toBeGreaterThan(text.length / 3);
    expect(load(edited)).toEqual(load(text));
    expect(validateChecklistDocument(parseYaml(edited), name).diagnostics).toEqual([]);
  });

  it('adds the comment line at the end of a file with no question', () => {
    expect(withCommentLine('a: 1\n')).toBe(`a: 1\n${EDIT_COMMENT}\n`);
    expect(withCommentLine('a: 1')).toBe(`a: 1\n${EDIT_COMMENT}\n`);
  });

  it('makes a checklist with exactly one error, the wrong weight, on a line of its own', () => {
    const text = toYaml(withOneError(makeChecklist(60)));
    const line = text.split('\n').findIndex((l) => l.trim() === `weight: ${ONE_ERROR_WEIGHT}`) + 1;
    expect(line).toBeGreaterThan(0);
    const { diagnostics } = validateChecklistDocument(parseYaml(text), 'c.yaml');
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ severity: 'error', line });
    expect(validateChecklistDocument(parseYaml(toYaml(makeChecklist(60))), 'c.yaml').diagnostics).toEqual([]);
  });

  it('gives an answers file a country of its own and changes nothing else', () => {
    const text = readFileSync(join(root, 'examples', 'veloria-government.answers.yaml'), 'utf8');
    const before = load(text) as { respondent: Record<string, unknown> };
    const after = load(withCountry(text, 'Benchland 07: "north"')) as typeof before;
    expect(after.respondent.country).toBe('Benchland 07: "north"');
    expect({ ...after, respondent: { ...after.respondent, country: 'x' } }).toEqual({
      ...before,
      respondent: { ...before.respondent, country: 'x' },
    });
    expect(() => withCountry(toYaml(makeAnswers(3)).replace(/country/g, 'land'), 'X')).toThrow();
  });
});

describe('targets', () => {
  it('holds a ratio to its limit inclusively and a peak RSS strictly under it', () => {
    expect(evaluateTarget({ name: 'r', value: 1, limit: 1, unit: 'x' }).status).toBe('met');
    expect(evaluateTarget({ name: 'r', value: 1.01, limit: 1, unit: 'x' }).status).toBe('not met');
    expect(evaluateTarget({ name: 'm', value: 200, limit: 200, unit: 'MB' }).status).toBe('not met');
    expect(evaluateTarget({ name: 'm', value: 199.9, limit: 200, unit: 'MB' }).status).toBe('met');
    const missing = evaluateTarget({ name: 'p', limit: 1, unit: 'x', reason: 'peers skipped: offline' });
    expect(missing).toMatchObject({ status: 'not measured', reason: 'peers skipped: offline' });
  });

  it('prints met, not met and not measured with the reason', () => {
    const targets = [
      evaluateTarget({ name: 'fast', value: 0.8, limit: 1, unit: 'x', cpu: 0.9 }),
      evaluateTarget({ name: 'slow', value: 1.3, limit: 1, unit: 'x' }),
      evaluateTarget({ name: 'memory', value: 150.4, limit: 200, unit: 'MB' }),
      evaluateTarget({ name: 'peer', limit: 1, unit: 'x', reason: 'npm install failed' }),
    ];
    const lines = targetsTable(targets).split('\n');
    expect(lines[2]).toBe('| fast | 0.80x | <= 1.00x | 0.90x | met |');
    expect(lines[3]).toBe('| slow | 1.30x | <= 1.00x | – | not met |');
    expect(lines[4]).toBe('| memory | 150 MB | < 200 MB | – | met |');
    expect(lines[5]).toBe('| peer | – | <= 1.00x | – | not measured (npm install failed) |');
    expect(targetsSummary(targets)).toBe('2 met, 1 not met, 1 not measured');
  });

  it('lists every target of the issue, not measured with the reason when a section was skipped', () => {
    const skipped = (name: string) => ({ skipped: `BENCH_SKIP=${name}` });
    const targets = listTargets({
      startup: skipped('startup'),
      validate: skipped('validate'),
      commands: skipped('commands'),
      multi: skipped('multi'),
      save: skipped('save'),
    });
    expect(targets).toHaveLength(40);
    expect(targets.every((t) => t.status === 'not measured' && t.reason?.startsWith('BENCH_SKIP='))).toBe(
      true,
    );
  });

  it('takes each ratio within its paired group, and a peer that failed its check measures nothing', () => {
    const m = (median: number, rss = 100) => ({
      median,
      min: median,
      max: median,
      n: 3,
      cpu: median / 2,
      rss,
    });
    const group = (ajv: object) =>
      new Map<string, object>([
        ['node', m(100)],
        ['jsyaml', m(400)],
        ['ajv', ajv],
        ['spectral', m(2000)],
        ['ours', m(500, 150)],
      ]);
    const validate = new Map([
      ['1000/clean', group(m(450))],
      ['1000/err', group({ failed: 'output lacks "/weight"' })],
    ]);
    const targets = listTargets({
      startup: { skipped: 'x' },
      validate: { results: validate },
      commands: { skipped: 'x' },
      multi: { skipped: 'x' },
      save: { ratios: [{ size: 100, ratio: 2.5 }] },
    });
    const find = (name: string) => targets.find((t) => t.name === name);
    expect(find('validate 1000 clean <= ajv-cli')).toMatchObject({
      status: 'not met',
      value: 500 / 450,
      cpu: 500 / 450,
    });
    expect(find('validate 1000 clean <= Spectral')).toMatchObject({ status: 'met', value: 0.25 });
    expect(find('validate 1000 clean within 1.3x js-yaml')).toMatchObject({ status: 'met', value: 1.25 });
    expect(find('validate 1000 with one error <= ajv-cli')).toMatchObject({
      status: 'not measured',
      reason: 'output lacks "/weight"',
    });
    expect(find('validate 100 clean <= ajv-cli')?.reason).toBe('100 not in BENCH_SIZES');
    expect(find('interview save within 3x an atomic write, 100 answers')?.status).toBe('met');
    expect(find('interview save within 3x an atomic write, 1000 answers')?.status).toBe('not measured');
  });
});

describe('measurements', () => {
  it('summarizes rounds by median and range', () => {
    expect(summarize([5, 1, 3])).toEqual({ median: 3, min: 1, max: 5, n: 3 });
    expect(summarize([4, 1, 2, 3])).toEqual({ median: 2.5, min: 1, max: 4, n: 4 });
    expect(() => summarize([])).toThrow();
  });

  it('rotates the order of a group each round, so every command runs first in turn', () => {
    expect([0, 1, 2].map((r) => roundOrder(3, r))).toEqual([
      [0, 1, 2],
      [1, 2, 0],
      [2, 0, 1],
    ]);
  });

  it('prints each figure with its ratio to each reference, and says why a row was not measured', () => {
    const node = { median: 100, min: 90, max: 120, cpu: 60, rss: 42.2 };
    const ours = { median: 150, min: 140, max: 180, cpu: 130, rss: 80.6 };
    const lines = measurementTable(
      ['node -e 0', 'ajv-cli'],
      [
        { label: 'node -e 0', m: node, refs: [node, { failed: 'skipped' }] },
        { label: 'ours', m: ours, refs: [node, { failed: 'skipped' }] },
        { label: 'peer', m: { failed: 'exit 2, expected 1' }, refs: [node, undefined] },
      ],
    ).split('\n');
    expect(lines[0]).toBe(
      '| command | median ms | min-max ms | CPU ms | peak RSS MB | × node -e 0 | × ajv-cli |',
    );
    expect(lines[2]).toBe('| node -e 0 | 100 | 90.0-120 | 60.0 | 42 | – | – |');
    expect(lines[3]).toBe('| ours | 150 | 140-180 | 130 | 81 | 1.50x | – |');
    expect(lines[4]).toBe('| peer: not measured (exit 2, expected 1) | – | – | – | – | – | – |');
    expect(times(0.456)).toBe('0.46x');
  });
});

describe('knobs', () => {
  it('has defaults for a full run and reads BENCH_SIZES, BENCH_RUNS and BENCH_SKIP', () => {
    expect(readConfig({}, '/p')).toMatchObject({
      sizes: [100, 1000, 10000],
      runs: 7,
      largeRuns: 5,
      slowRuns: 3,
    });
    const quick = readConfig({ BENCH_SIZES: '100, 1000', BENCH_RUNS: '3', BENCH_SKIP: 'peers,save' }, '/p');
    expect(quick).toMatchObject({ sizes: [100, 1000], runs: 3, largeRuns: 3, slowRuns: 3, peersDir: '/p' });
    expect([...quick.skip]).toEqual(['peers', 'save']);
    expect(() => readConfig({ BENCH_RUNS: '0' }, '/p')).toThrow(/BENCH_RUNS/);
    expect(() => readConfig({ BENCH_SKIP: 'spectral' }, '/p')).toThrow(/unknown section/);
  });
});
