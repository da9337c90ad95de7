import { PassThrough } from 'node:stream';
import { join } from 'node:path';
import { main } from '../../src/main.js';

/** The repository root: the working folder of in-process runs unless a test gives another. */
export const repoRoot = join(import.meta.dirname, '..', '..');

/** What a run printed and returned. */
export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** How a run sees its surroundings. */
export interface RunOptions {
  cwd?: string;
  env?: Record<string, string>;
  /** Whether standard output claims to be a terminal. */
  tty?: boolean;
}

/** Runs `opsc-audit <args>` in-process through main(), with buffers for the streams. */
export async function runCli(args: readonly string[], options: RunOptions = {}): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const code = await main(args, {
    stdout: { write: (s: string) => (stdout += s), isTTY: options.tty ?? false },
    stderr: { write: (s: string) => (stderr += s) },
    stdin: new PassThrough(),
    env: options.env ?? {},
    cwd: options.cwd ?? repoRoot,
  });
  return { code, stdout, stderr };
}
