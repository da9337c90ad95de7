import { Readable } from 'node:stream';
import type { Io } from '../../src/model/io.js';

/** A fake io whose stdout and stderr are collected into strings. */
export function fakeIo(
  cwd: string,
  env: Record<string, string> = {},
): Io & { out: () => string; err: () => string } {
  let out = '';
  let err = '';
  return {
    stdout: { write: (s: string) => (out += s), isTTY: false, columns: 100 },
    stderr: { write: (s: string) => (err += s) },
    stdin: Readable.from([]),
    env,
    cwd,
    out: () => out,
    err: () => err,
  };
}
