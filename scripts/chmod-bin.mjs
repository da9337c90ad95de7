// The last build step: makes the command's entry point executable, which tsc does not do, so that
// `npx opsc-audit` runs on a fresh clone after `npm ci`.
import { chmodSync } from 'node:fs';

chmodSync(new URL('../dist/cli.js', import.meta.url), 0o755);
