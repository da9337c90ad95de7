/**
 * A seeded pseudo-random source for tests that pick random points: the seed comes from `OPSC_TEST_SEED`
 * when set (to replay a failure), or is drawn at random; the test prints it so any failure can be replayed.
 */
export function seededRandom(envSeed = process.env.OPSC_TEST_SEED): { seed: number; next: () => number } {
  const seed =
    envSeed === undefined || envSeed === '' ? Math.floor(Math.random() * 2 ** 32) : Number(envSeed) >>> 0;
  let state = seed;
  // mulberry32: small, fast and good enough to spread test inputs.
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
  return { seed, next };
}
