// `npm run bench`: paired whole-process timings and peak memory of every opsc-audit command against its floors
// (node -e 0, js-yaml, JSON.parse) and peers (ajv-cli, Spectral), the in-process core, and the targets of issue 17.
// Tables go to stdout and .bench/results.md as Markdown; progress goes to stderr. Knobs: bench/config.mjs.
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { readConfig } from './config.mjs';
import { writeSynthetic } from './files.mjs';
import { measureInProcess } from './in-process.mjs';
import { ms, range, table } from './markdown.mjs';
import { preparePeers } from './peers.mjs';
import { runCommands } from './section-commands.mjs';
import { runMulti } from './section-multi.mjs';
import { runSave } from './section-save.mjs';
import { runStartup } from './section-startup.mjs';
import { runValidate } from './section-validate.mjs';
import { listTargets } from './target-list.mjs';
import { targetsSummary, targetsTable } from './targets.mjs';

const root = join(import.meta.dirname, '..');
const scratch = join(root, '.bench');
const work = join(scratch, 'files');
const cli = join(root, 'dist', 'cli.js');
const config = readConfig(process.env, join(scratch, 'peers'));
const began = performance.now();
const startedAt = new Date();
const loadAtStart = loadavg()[0];
const log = (message) =>
  process.stderr.write(`[bench ${((performance.now() - began) / 1000).toFixed(0)}s] ${message}\n`);

rmSync(work, { recursive: true, force: true });
mkdirSync(work, { recursive: true });
const skipped = (name) => (config.skip.has(name) ? `BENCH_SKIP=${name}` : undefined);

const peers = skipped('peers')
  ? { ok: false, reason: skipped('peers') }
  : preparePeers({
      dir: config.peersDir,
      defaultDir: join(scratch, 'peers'),
      schema: join(root, 'schemas', 'checklist.schema.json'),
      log,
    });
log(peers.ok ? `peers: ${peers.versions}` : `peers skipped: ${peers.reason}`);

const synthetic = {};
if (!skipped('validate') || !skipped('commands') || !skipped('inprocess')) {
  for (const n of config.sizes) {
    log(`writing the synthetic files of ${n} questions`);
    synthetic[n] = await writeSynthetic(root, join(work, 'synthetic'), n);
  }
}

const ctx = { root, cli, work, config, log, peers, synthetic };
/** Each section's outcome: { results, markdown }, { skipped } or, until it has run, { pending }. */
const sections = Object.fromEntries(
  ['startup', 'validate', 'commands', 'multi', 'save', 'inprocess'].map((name) => [
    name,
    { skipped: skipped(name) ?? 'not run yet', pending: !skipped(name) },
  ]),
);
const steps = [
  ['startup', runStartup],
  ['validate', runValidate],
  ['commands', runCommands],
  ['multi', runMulti],
  ['save', runSave],
  ['inprocess', runInProcess],
];
for (const [name, fn] of steps) {
  if (skipped(name)) continue;
  const outcome = await fn(ctx);
  sections[name] = outcome.failed ? { skipped: outcome.failed } : outcome;
  // Written after each section, so that a long run interrupted still leaves what it measured.
  writeFileSync(join(scratch, 'results.md'), render());
}
const out = render();
process.stdout.write(out);
writeFileSync(join(scratch, 'results.md'), out);
log(`done: ${targetsSummary(listTargets(sections))}; tables also in .bench/results.md`);

/** The whole Markdown output from the sections run so far. */
function render() {
  const targets = listTargets(sections);
  const pending = Object.entries(sections).filter(([, s]) => s.pending);
  return [
    '# opsc-audit benchmark',
    '',
    about(),
    ...(pending.length > 0 ? ['', `Partial: ${pending.map(([name]) => name).join(', ')} not run yet.`] : []),
    '',
    '## Targets',
    '',
    `${targetsSummary(targets)}.`,
    '',
    targetsTable(targets),
    '',
    section('Start-up on the bundled data', sections.startup),
    section('validate: floors and peers', sections.validate),
    section('Every command on the synthetic files', sections.commands),
    section('Many countries: score of 50 answers files', sections.multi),
    section('Interview save', sections.save),
    section('In-process (no process start-up)', sections.inprocess),
  ].join('\n');
}

/** The in-process table (bench/in-process.mjs). */
async function runInProcess() {
  const rows = await measureInProcess(root, synthetic, config.sizes, (n) => (n >= 10000 ? 3 : 5));
  const markdown = table(
    [
      ['step', 'l'],
      ['median ms', 'r'],
      ['min-max ms', 'r'],
    ],
    rows.map((r) =>
      r.failed ? [`${r.name}: not measured (${r.failed})`, '–', '–'] : [r.name, ms(r.median), range(r)],
    ),
  );
  return { markdown };
}

function section(title, s) {
  const body = s.markdown ?? `Not measured (${s.skipped ?? s.failed}).`;
  return `## ${title}\n\n${body}\n`;
}

function about() {
  const commit = (() => {
    try {
      const head = execFileSync('git', ['rev-parse', '--short', 'HEAD'], {
        cwd: root,
        encoding: 'utf8',
      }).trim();
      const dirty = execFileSync('git', ['status', '--porcelain', '--untracked-files=no'], {
        cwd: root,
        encoding: 'utf8',
      });
      return `${head}${dirty.trim() ? ' (with uncommitted changes)' : ''}`;
    } catch {
      return 'unknown';
    }
  })();
  const cpu = cpus();
  const peerText = peers.ok ? peers.versions : `skipped (${peers.reason})`;
  return [
    `- Run of ${startedAt.toISOString().slice(0, 16).replace('T', ' ')} UTC, commit ${commit}.`,
    `- Machine: ${cpu.length} × ${cpu[0]?.model ?? 'CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB RAM, Node ${process.version}.`,
    `- Sizes ${config.sizes.join(', ')} questions; ${config.runs} paired rounds (${config.largeRuns} at 10,000 questions,`,
    `  the command group at most 3; the 50 separate score runs ${config.slowRuns}).`,
    `- Peers: ${peerText}.`,
    `- Load average (1 min) ${loadAtStart.toFixed(1)} at the start, ${loadavg()[0].toFixed(1)} at the end.`,
    '- Every figure is a whole process (median and min-max of the rounds, peak RSS of any round) unless marked',
    '  in-process; each ratio is taken to a measurement of the same paired group.',
  ].join('\n');
}
