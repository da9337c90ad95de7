import { mkdtemp, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join, resolve, basename } from 'node:path';
import type { Io } from '../model/io.js';
import { InputError } from '../errors.js';
import { describeFsError } from './read-text.js';
import { escapeJsonControl, stripControl } from '../text/sanitize.js';

/**
 * Writes text, or a sequence of pieces written as they come, to a file atomically (temporary file, then
 * rename), or to stdout for no file or "-". If producing a piece fails, the target file is left as it was.
 * Text from input files carries no control characters, to a file as on stdout: text formats (Markdown, HTML,
 * plain text) are stripped of them; JSON keeps its data exactly, as \u escapes.
 */
export async function writeOutput(
  text: string | Iterable<string>,
  output: string | undefined,
  io: Io,
  format: 'text' | 'json' = 'text',
): Promise<void> {
  const safe = mapPieces(
    typeof text === 'string' ? [text] : text,
    format === 'json' ? escapeJsonControl : stripControl,
  );
  if (output === undefined || output === '-') {
    for (const piece of safe) io.stdout.write(piece);
    return;
  }
  const target = resolve(io.cwd, output);
  await writeFileAtomic(target, safe);
}

function* mapPieces(pieces: Iterable<string>, f: (piece: string) => string): Iterable<string> {
  for (const piece of pieces) yield f(piece);
}

/** Writes a file by writing a temporary file beside it, flushing it, then renaming it over the target. */
export async function writeFileAtomic(target: string, text: string | Iterable<string>): Promise<void> {
  let dir: string | undefined;
  try {
    dir = await mkdtemp(join(dirname(target), `.${basename(target)}.`));
    const temp = join(dir, 'tmp');
    await writeFile(temp, text, { encoding: 'utf8', flush: true });
    await rename(temp, target);
  } catch (error) {
    if (!isFsError(error)) throw error;
    throw new InputError(describeFsError(target, error).replace('cannot read', 'cannot write'), {
      cause: error,
    });
  } finally {
    if (dir) await rm(dir, { recursive: true, force: true });
  }
}

/** Errors from the file system carry a code such as ENOENT; anything else (a template error) is passed on. */
function isFsError(error: unknown): boolean {
  return typeof (error as NodeJS.ErrnoException | undefined)?.code === 'string';
}
