// The benchmark's knobs, read from the environment (pure: the caller passes process.env).

/** The sections of `npm run bench`, in the order they run; BENCH_SKIP names any of them. */
export const SECTIONS = ['peers', 'startup', 'validate', 'commands', 'multi', 'save', 'inprocess'];

/**
 * BENCH_SIZES (questions, default 100,1000,10000), BENCH_RUNS (rounds below 10,000 questions, default 7),
 * BENCH_RUNS_LARGE (rounds at 10,000 or more, default 5; the slower command group uses at most 3),
 * BENCH_RUNS_SLOW (rounds of the 50 separate `score` runs, default 3), BENCH_SKIP (sections to leave out),
 * BENCH_PEERS_DIR (where ajv-cli and Spectral are, or are installed; default .bench/peers).
 */
export function readConfig(env, defaultPeersDir) {
  const sizes = list(env.BENCH_SIZES ?? '100,1000,10000').map((s) => positive('BENCH_SIZES', s));
  const runs = positive('BENCH_RUNS', env.BENCH_RUNS ?? '7');
  const largeRuns = positive('BENCH_RUNS_LARGE', env.BENCH_RUNS_LARGE ?? String(Math.min(runs, 5)));
  const slowRuns = positive('BENCH_RUNS_SLOW', env.BENCH_RUNS_SLOW ?? String(Math.min(runs, 3)));
  const skip = new Set(list(env.BENCH_SKIP ?? ''));
  const unknown = [...skip].filter((s) => !SECTIONS.includes(s));
  if (unknown.length > 0)
    throw new Error(`BENCH_SKIP: unknown section ${unknown.join(', ')} (sections: ${SECTIONS.join(', ')})`);
  return { sizes, runs, largeRuns, slowRuns, skip, peersDir: env.BENCH_PEERS_DIR ?? defaultPeersDir };
}

/** Rounds for a group at `n` questions: BENCH_RUNS below 10,000, BENCH_RUNS_LARGE (capped by `cap`) from it. */
export function runsFor(config, n, cap = Infinity) {
  return n >= 10000 ? Math.min(config.largeRuns, cap) : config.runs;
}

function list(text) {
  return text
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

function positive(name, text) {
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1) throw new Error(`${name}: "${text}" is not a positive whole number`);
  return n;
}
