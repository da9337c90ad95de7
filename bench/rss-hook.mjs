// Preloaded with `node --import`: on exit, appends this process's peak RSS (KiB) to $OPSC_BENCH_RSS_FILE.
import { appendFileSync } from 'node:fs';

const target = process.env.OPSC_BENCH_RSS_FILE;
if (target) {
  process.on('exit', () => {
    appendFileSync(target, `${process.resourceUsage().maxRSS}\n`);
  });
}
