// Preloaded with `node --import`: on exit, appends this process's peak RSS (KiB) to $OPSC_BENCH_RSS_FILE and its
// CPU time (user + system, ms) to $OPSC_BENCH_CPU_FILE, when set.
import { appendFileSync } from 'node:fs';

const target = process.env.OPSC_BENCH_RSS_FILE;
const cpuTarget = process.env.OPSC_BENCH_CPU_FILE;
if (target || cpuTarget) {
  process.on('exit', () => {
    const usage = process.resourceUsage();
    if (target) appendFileSync(target, `${usage.maxRSS}\n`);
    if (cpuTarget) appendFileSync(cpuTarget, `${(usage.userCPUTime + usage.systemCPUTime) / 1000}\n`);
  });
}
