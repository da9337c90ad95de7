// Paired runs: every round runs each command of a group once, in turn (rotated), so that whatever else the machine
// is doing slows all of them alike. Each command is first run once untimed and checked (exit code, output), so a
// broken setup cannot give fast figures; every timed run's exit code is checked again.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { roundOrder, summarize } from './stats.mjs';

const hook = join(import.meta.dirname, 'rss-hook.mjs');

/**
 * Runs a group of commands in `runs` paired rounds. A command is { key, label, steps: argv[] (node arguments, one
 * process each, timed together), status (expected exit code), output?: strings its stdout or stderr must hold,
 * runs?: fewer rounds for a slow one }. Returns key -> { label, median, min, max, n (wall ms), cpu (median CPU
 * ms, user + system), rss (peak MB) } or
 * { label, failed: why }.
 */
export function runPaired(commands, { runs, work, cwd, name, log }) {
  const rssFile = join(work, 'rss.txt');
  const cpuFile = join(work, 'cpu.txt');
  const results = new Map();
  const live = [];
  for (const command of commands) {
    const { failed, stdout } = check(command, cwd);
    if (failed) {
      log(`${name}: ${command.label}: ${failed}`);
      results.set(command.key, { label: command.label, failed });
    } else live.push({ ...command, stdout, times: [], cpu: [], rss: 0 });
  }
  for (let round = 0; round < runs; round++) {
    log(`${name}: round ${round + 1}/${runs}`);
    for (const i of roundOrder(live.length, round)) {
      const command = live[i];
      if (command.failed || round >= (command.runs ?? runs)) continue;
      let elapsed = 0;
      let cpu = 0;
      for (const argv of command.steps) {
        writeFileSync(rssFile, '');
        writeFileSync(cpuFile, '');
        const start = performance.now();
        const r = spawnSync(process.execPath, ['--import', hook, ...argv], {
          cwd,
          env: { ...process.env, OPSC_BENCH_RSS_FILE: rssFile, OPSC_BENCH_CPU_FILE: cpuFile, NO_COLOR: '1' },
          stdio: ['ignore', 'ignore', 'pipe'],
          maxBuffer: 64 * 1024 * 1024,
        });
        elapsed += performance.now() - start;
        if (r.status !== command.status) {
          command.failed = `exit ${r.status ?? r.signal} in round ${round + 1}, expected ${command.status}: ${firstLine(r.stderr)}`;
          log(`${name}: ${command.label}: ${command.failed}`);
          break;
        }
        const kib = Number(readFileSync(rssFile, 'utf8').trim().split('\n').pop());
        command.rss = Math.max(command.rss, kib / 1024);
        cpu += Number(readFileSync(cpuFile, 'utf8').trim().split('\n').pop());
      }
      command.times.push(elapsed);
      command.cpu.push(cpu);
    }
  }
  for (const c of live) {
    results.set(
      c.key,
      c.failed
        ? { label: c.label, failed: c.failed }
        : {
            label: c.label,
            ...summarize(c.times),
            cpu: summarize(c.cpu).median,
            rss: c.rss,
            stdout: c.stdout,
          },
    );
  }
  return results;
}

/**
 * Runs a command once, untimed: { failed: why } unless its exit code and output are as expected, and the start
 * of its stdout (kept for a command with `keepOutput`). Of a
 * command of many like processes only the first is run here (each timed run's exit code is checked anyway).
 */
function check(command, cwd) {
  for (const argv of command.steps.slice(0, 1)) {
    const r = spawnSync(process.execPath, argv, {
      cwd,
      env: { ...process.env, NO_COLOR: '1' },
      encoding: 'utf8',
      maxBuffer: 512 * 1024 * 1024,
    });
    const output = `${r.stdout ?? ''}\n${r.stderr ?? ''}`;
    if (r.error) return { failed: `could not run: ${r.error.message}` };
    if (r.status !== command.status)
      return {
        failed: `exit ${r.status ?? r.signal}, expected ${command.status}: ${firstLine(r.stderr || r.stdout)}`,
      };
    const missing = (command.output ?? []).filter((s) => !output.includes(s));
    if (missing.length > 0)
      return { failed: `output lacks ${missing.map((s) => JSON.stringify(s)).join(', ')}` };
    if (command.keepOutput) return { stdout: firstLine(r.stdout) };
  }
  return {};
}

function firstLine(text) {
  return String(text ?? '')
    .trim()
    .split('\n')[0]
    .slice(0, 200);
}
