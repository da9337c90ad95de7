import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { setImmediate as nextTurn } from 'node:timers/promises';
import type { Io, Output } from '../model/io.js';
import { InputError, UsageError } from '../errors.js';
import { writeFileAtomic } from './write-file.js';
import { findTargetProblem, targetProblemMessage } from './check-target.js';
import { cleanOutput, escapeJsonControl } from '../text/sanitize.js';
import { translator } from '../i18n/format.js';

export { writeFileAtomic } from './write-file.js';
export { removeStaleTemps } from './temp-files.js';

/** What a command's output must not overwrite. */
export interface OutputOptions {
  /** The files the command reads (paths or bundled ids, relative to io.cwd): `-o` naming one is refused. */
  inputs?: readonly (string | undefined)[];
  /** JSON keeps its data exactly (control characters as \u escapes); every other format is stripped of them. */
  format?: 'text' | 'json';
  /** The `-f` name, for the message refusing bytes on a terminal. */
  formatName?: string;
}

/**
 * Writes text, or a sequence of pieces written as they come, to stdout for no file or "-", else to the file
 * (see writeFileAtomic: a regular file is replaced atomically and left as it was if producing a piece fails).
 * Refuses (UsageError) a file that is one of the command's inputs. Text from input files carries no control
 * characters, to a file as on stdout.
 */
export async function writeOutput(
  text: string | Iterable<string> | Uint8Array,
  output: string | undefined,
  io: Io,
  options: OutputOptions = {},
): Promise<void> {
  if (text instanceof Uint8Array) {
    await writeBytes(text, output, io, options);
    return;
  }
  const safe = mapPieces(
    typeof text === 'string' ? [text] : text,
    options.format === 'json' ? escapeJsonControl : cleanOutput,
  );
  if (output === undefined || output === '-') {
    await writeToStream(safe, io.stdout);
    return;
  }
  const target = resolve(io.cwd, output);
  await refuseInputs(target, output, options.inputs ?? [], io.cwd);
  await refuseUnwritable(output, io.cwd);
  await writeFileAtomic(target, safe);
}

/** Whether output goes to standard output (no `-o`, or `-o -`) and that is a terminal. */
export function toTerminal(output: string | undefined, io: Io): boolean {
  return (output === undefined || output === '-') && io.stdout.isTTY === true;
}

/**
 * Writes bytes (a PDF, a Word file) unchanged: to the file as text is written (atomically, never over an input),
 * or to standard output when that is a pipe or a file. A terminal is refused with a usage error naming `-o`.
 */
async function writeBytes(
  bytes: Uint8Array,
  output: string | undefined,
  io: Io,
  options: OutputOptions,
): Promise<void> {
  if (output === undefined || output === '-') {
    if (toTerminal(output, io)) throw binaryToTerminal(options.formatName);
    // Beneath the terminal writer, which would treat the bytes as text to clean.
    const raw = io.stdout.target ?? io.stdout;
    if (!raw.writeBytes) throw new UsageError(translator()('cli.write.noBytes'));
    raw.writeBytes(bytes);
    return;
  }
  const target = resolve(io.cwd, output);
  await refuseInputs(target, output, options.inputs ?? [], io.cwd);
  await refuseUnwritable(output, io.cwd);
  await writeFileAtomic(target, bytes);
}

/** The usage error for a binary format bound for a terminal. */
export function binaryToTerminal(formatName = ''): UsageError {
  return new UsageError(translator()('cli.write.binaryToTerminal', { format: formatName }));
}

function* mapPieces(pieces: Iterable<string>, f: (piece: string) => string): Iterable<string> {
  for (const piece of pieces) yield f(piece);
}

/** Writes the pieces in turn, letting a write error (a closed pipe) be noticed between them, so output stops early. */
async function writeToStream(text: Iterable<string>, out: Output): Promise<void> {
  let first = true;
  for (const piece of text) {
    if (!first) await nextTurn();
    first = false;
    out.write(piece);
  }
}

/** Refuses an output file that is one of the inputs (the same file, whatever the links or spelling). */
export async function refuseInputs(
  target: string,
  output: string,
  inputs: readonly (string | undefined)[],
  cwd: string,
): Promise<void> {
  const out = await stat(target).catch(() => undefined);
  if (!out?.isFile()) return;
  for (const input of inputs) {
    if (input === undefined) continue;
    const info = await stat(resolve(cwd, input)).catch(() => undefined);
    if (info && info.dev === out.dev && info.ino === out.ino)
      throw new UsageError(translator()('cli.write.overwritesInput', { output, input }));
  }
}

/** Refuses (InputError, one line naming the folder) an output file whose folder is missing or may not be written. */
export async function refuseUnwritable(output: string, cwd: string): Promise<void> {
  const found = await findTargetProblem(output, cwd);
  if (found) throw new InputError(targetProblemMessage('write', output, found));
}
