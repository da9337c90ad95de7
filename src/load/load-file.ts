import type { Diagnostic } from '../model/diagnostic.js';
import type { ParsedYaml } from '../parse/parsed.js';
import { fastBytesParsed, fastParsed } from '../parse/fast-parse.js';
import { highRuns } from '../parse/byte-text.js';
import { readBytes, readText, textOf, type ReadResult } from './read-text.js';
import { collectAfterInput, holdYoungGeneration } from './collect-garbage.js';
import { countValues, tooManyValues } from './count-values.js';
import { LIMITS } from '../parse/limits.js';

/** A YAML file read from disk: parsed, or a fatal reason it could not be read, or content diagnostics. */
export type LoadedFile =
  | { status: 'parsed'; file: string; parsed: ParsedYaml }
  | { status: 'fatal'; file: string; message: string }
  | { status: 'invalid'; file: string; diagnostics: Diagnostic[] };

/**
 * Reads and parses a YAML file and hands it to `use`, whose result is what the caller keeps; never throws for bad
 * input. A file over the size or value limits is refused before any parser runs (fatal: exit 2). Messages and
 * diagnostics name it `file`. Once `use` is done with a large file, its text and parse are garbage, and the one
 * collection policy (collectAfterInput) runs here, so no caller has to think about memory.
 *
 * `copyStrings: false` is for a caller whose data lives no longer than the file's text (`validate` keeps the text
 * to locate findings): the reader then keeps its strings as slices of the text instead of copying each out.
 * `lastInput: true` says no other file follows and the run is about to end (`validate`'s last file): the
 * collection would only put off the exit (20-30 ms at 10,000 questions).
 */
export async function loadYamlFile<T>(
  path: string,
  file: string,
  use: (loaded: LoadedFile) => T | Promise<T>,
  { copyStrings = true, lastInput = false }: { copyStrings?: boolean; lastInput?: boolean } = {},
): Promise<T> {
  let input: { loaded: LoadedFile; chars: number } | undefined = await readParsed(path, file, copyStrings);
  const { chars } = input;
  const kept = await use(input.loaded);
  // Let go of the text and the parse before collecting: only what `use` kept stays reachable.
  input = undefined;
  if (!lastInput) collectAfterInput(chars);
  return kept;
}

async function readParsed(
  path: string,
  file: string,
  copyStrings: boolean,
): Promise<{ loaded: LoadedFile; chars: number }> {
  if (copyStrings) return parsedText(await readText(path, undefined, file), file, true);
  const read = await readBytes(path, undefined, file);
  if (!read.ok) return parsedText(read, file, false);
  return parsedBytes(read.bytes, file) ?? parsedText(textOf(read.bytes), file, false);
}

async function parsedText(
  read: ReadResult,
  file: string,
  copyStrings: boolean,
): Promise<{ loaded: LoadedFile; chars: number }> {
  if (read.ok) holdYoungGeneration(read.text.length);
  return { loaded: await parsedOrProblem(read, file, copyStrings), chars: read.ok ? read.text.length : 0 };
}

/** Files from this size, read for a caller that keeps their text (validate), are read as byte strings. */
const BYTE_TEXT_FROM_BYTES = 256 * 1024;

/**
 * A large file read by the fast reader as a byte string (parse/byte-text.ts), for a caller that keeps the text:
 * half the memory of the decoded text when one character is past U+00FF, which a typographic apostrophe is.
 * Undefined, for the usual readers, when the file is small, holds many characters past ASCII (decoding them one
 * string at a time would cost more than decoding the whole), or the fast reader declines it.
 */
function parsedBytes(bytes: Buffer, file: string): { loaded: LoadedFile; chars: number } | undefined {
  if (bytes.length < BYTE_TEXT_FROM_BYTES) return undefined;
  const text = bytes.toString('latin1');
  const high = highRuns(text);
  if (high.length / 2 > text.length / 64 || text.trim() === '') return undefined;
  holdYoungGeneration(text.length);
  const chars = text.length;
  const overLimit = valueLimit(text, file);
  if (overLimit) return { loaded: overLimit, chars };
  const parsed = fastBytesParsed(text, high);
  return parsed && { loaded: { status: 'parsed', file, parsed }, chars };
}

/** The refusal of a text past the value limit (counted before any parser runs), or undefined. */
function valueLimit(text: string, file: string): LoadedFile | undefined {
  return countValues(text) > LIMITS.maxValues
    ? { status: 'fatal', file, message: tooManyValues(file) }
    : undefined;
}

async function parsedOrProblem(read: ReadResult, file: string, copyStrings: boolean): Promise<LoadedFile> {
  if (!read.ok) {
    if (read.problem.kind === 'fatal') return { status: 'fatal', file, message: read.problem.message };
    return {
      status: 'invalid',
      file,
      diagnostics: [
        { code: read.problem.code, severity: 'error', message: read.problem.message, file, line: 1, col: 1 },
      ],
    };
  }
  const overLimit = valueLimit(read.text, file);
  if (overLimit) return overLimit;
  return {
    status: 'parsed',
    file,
    parsed: fastParsed(read.text, copyStrings) ?? (await slowParse(read.text)),
  };
}

/**
 * The text the fast reader declined, through the quick reader and the exact parser: loaded (with the `yaml`
 * package and js-yaml) only now, so a command whose files all take the fast path never loads them.
 */
async function slowParse(text: string): Promise<ParsedYaml> {
  const { parseYaml } = await import('../parse/parse-yaml.js');
  return parseYaml(text, { fast: false });
}
