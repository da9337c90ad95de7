// `npm run bench`: whole-process and in-process timings and peak memory, each as a ratio to its floor.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { makeAnswers, makeChecklist, toYaml } from './generate.mjs';

const root = join(import.meta.dirname, '..');
const work = join(root, '.bench');
const SIZES = (process.env.BENCH_SIZES ?? '100,1000,10000').split(',').map(Number);
const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const cli = join(root, 'dist', 'cli.js');
const hook = join(import.meta.dirname, 'rss-hook.mjs');

rmSync(work, { recursive: true, force: true });
mkdirSync(work, { recursive: true });
const { checklistDigest } = await import(join(root, 'dist', 'model', 'digest.js'));

/** Runs a command RUNS times; returns median and range of wall time (ms) and the peak RSS (MB). */
function measure(args, runs = RUNS) {
  const times = [];
  let rss = 0;
  const rssFile = join(work, 'rss.txt');
  for (let i = 0; i < runs; i++) {
    writeFileSync(rssFile, '');
    const start = performance.now();
    const r = spawnSync(process.execPath, ['--import', hook, ...args], {
      env: { ...process.env, OPSC_BENCH_RSS_FILE: rssFile, NO_COLOR: '1' },
      encoding: 'utf8',
      maxBuffer: 512 * 1024 * 1024,
    });
    times.push(performance.now() - start);
    if (r.status !== 0 && r.status !== 1)
      throw new Error(`${args.join(' ')} exited ${r.status}: ${r.stderr}`);
    const kib = Number(readFileSync(rssFile, 'utf8').trim().split('\n').pop());
    rss = Math.max(rss, kib / 1024);
  }
  times.sort((a, b) => a - b);
  return { median: times[Math.floor(times.length / 2)], min: times[0], max: times[times.length - 1], rss };
}

const rows = [];
const targets = [];
/** The commands held to the 10,000-question targets, by their key in each size's results. */
const TARGET_COMMANDS = {
  validate: 'validate checklist',
  validateAnswers: 'validate answers',
  score: 'score',
  report: 'report',
};
function row(name, m, floor, floorName) {
  rows.push({ name, ...m, ratio: floor ? m.median / floor.median : undefined, floorName });
  return m;
}

const nodeFloor = row('node -e 0', measure(['-e', '0']), undefined, '');
const version = row('opsc-audit --version', measure([cli, '--version']), nodeFloor, 'node -e 0');
targets.push(['--version within 1.5x of node -e 0', version.median / nodeFloor.median, 1.5]);
const bundled = readdirSync(join(root, 'checklists'))
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => join(root, 'checklists', f));
const validateBundled = row(
  `validate ${bundled.length} bundled checklists`,
  measure([cli, 'validate', ...bundled]),
  nodeFloor,
  'node -e 0',
);
targets.push(['validate bundled within 2.5x of node -e 0', validateBundled.median / nodeFloor.median, 2.5]);

const perSize = {};
for (const n of SIZES) {
  const runs = n >= 10000 ? Math.max(3, Math.floor(RUNS / 2)) : RUNS;
  const checklist = makeChecklist(n);
  const digest = checklistDigest(checklist);
  const cFile = join(work, `checklist-${n}.yaml`);
  const aFile = join(work, `answers-${n}.yaml`);
  const bFile = join(work, `answers-${n}-ngo.yaml`);
  writeFileSync(cFile, toYaml(checklist));
  writeFileSync(aFile, toYaml(makeAnswers(n, { digest })));
  writeFileSync(
    bFile,
    toYaml(makeAnswers(n, { digest, seed: 2, organization: 'Synthetic NGO', role: 'ngo' })),
  );
  const cFloor = row(
    `parse only: checklist ${n}`,
    measure([join(import.meta.dirname, 'parse-only.mjs'), cFile], runs),
    undefined,
    '',
  );
  const aFloor = row(
    `parse only: answers ${n}`,
    measure([join(import.meta.dirname, 'parse-only.mjs'), aFile], runs),
    undefined,
    '',
  );
  const both = { median: cFloor.median + aFloor.median - nodeFloor.median };
  const results = {
    validate: row(
      `validate checklist ${n}`,
      measure([cli, 'validate', cFile], runs),
      cFloor,
      `parse checklist ${n}`,
    ),
    validateAnswers: row(
      `validate answers ${n}`,
      measure([cli, 'validate', aFile, '--checklist', cFile], runs),
      both,
      `parse both ${n}`,
    ),
    score: row(
      `score ${n}`,
      measure([cli, 'score', aFile, '--checklist', cFile, '-f', 'json'], runs),
      both,
      `parse both ${n}`,
    ),
    report: row(
      `report -f html ${n}`,
      measure(
        [cli, 'report', aFile, '--checklist', cFile, '-f', 'html', '-o', join(work, `report-${n}.html`)],
        runs,
      ),
      both,
      `parse both ${n}`,
    ),
    compare: row(
      `compare ${n}`,
      measure(
        [
          cli,
          'compare',
          aFile,
          bFile,
          '--checklist',
          cFile,
          '-f',
          'html',
          '-o',
          join(work, `compare-${n}.html`),
        ],
        runs,
      ),
      { median: both.median + aFloor.median - nodeFloor.median },
      `parse three ${n}`,
    ),
  };
  perSize[n] = results;
  if (n === 10000) {
    for (const [key, name] of Object.entries(TARGET_COMMANDS)) {
      targets.push([
        `${name} at 10,000 within 4x of its parse-only floor`,
        results[key].median / (key === 'validate' ? cFloor.median : both.median),
        4,
      ]);
      targets.push([`${name} at 10,000 peak RSS under 200 MB`, results[key].rss, 200]);
    }
  }
}
if (perSize[1000] && perSize[10000]) {
  for (const [key, name] of Object.entries(TARGET_COMMANDS)) {
    targets.push([
      `${name}: 10,000 costs at most 12x 1,000`,
      perSize[10000][key].median / perSize[1000][key].median,
      12,
    ]);
  }
}

// In-process: the pure core on already-read text, without process start-up.
const inProcess = await import(join(import.meta.dirname, 'in-process.mjs'));
const inRows = await inProcess.measureInProcess(root, work, SIZES);

const fmt = (x) => (x === undefined ? '' : x.toFixed(1));
const lines = [
  '| measurement | median ms | min-max ms | peak RSS MB | ratio | floor |',
  '| --- | ---: | ---: | ---: | ---: | --- |',
  ...rows.map(
    (r) =>
      `| ${r.name} | ${fmt(r.median)} | ${fmt(r.min)}-${fmt(r.max)} | ${fmt(r.rss)} | ${r.ratio === undefined ? '1.00 (floor)' : r.ratio.toFixed(2)} | ${r.floorName} |`,
  ),
  '',
  '| in-process (no start-up) | median ms |',
  '| --- | ---: |',
  ...inRows.map((r) => `| ${r.name} | ${fmt(r.median)} |`),
  '',
  '| target | measured | limit | met |',
  '| --- | ---: | ---: | --- |',
  ...targets.map(
    ([name, value, limit]) =>
      `| ${name} | ${value.toFixed(2)} | ${limit} | ${value <= limit ? 'yes' : 'NO'} |`,
  ),
];
console.log(lines.join('\n'));
