/** The sections of `npm run bench`, in the order they run. */
export const SECTIONS: string[];
export interface BenchConfig {
  sizes: number[];
  runs: number;
  largeRuns: number;
  slowRuns: number;
  skip: Set<string>;
  peersDir: string;
}
/** The benchmark's knobs from the environment. */
export function readConfig(env: Record<string, string | undefined>, defaultPeersDir: string): BenchConfig;
/** Rounds for a group at `n` questions. */
export function runsFor(config: BenchConfig, n: number, cap?: number): number;
