import type { Io } from '../model/io.js';
import { VERSION } from '../version.js';
import { terminalIo } from '../terminal/terminal-output.js';
import { useSchemas } from '../validate/schemas.js';
import { shippedSchemas } from '../load/schema-source.js';
import { useRunLanguage } from './run-language.js';
import { runValidate } from './validate.js';
import { reportRunError } from './run-error.js';

/**
 * `validate <file...>` (with `--lang` at most) that validate-clean.ts could not answer, run at start-up without
 * the command-line parser and the other commands (validateAtStart): the same runValidate with the options'
 * defaults, in the language chosen, its errors reported as main.ts reports them.
 */
export async function validatePlain(patterns: string[], lang: string, streams: Io): Promise<number> {
  const io = terminalIo(streams);
  try {
    await useRunLanguage(lang, streams);
    useSchemas(shippedSchemas);
    return await runValidate(patterns, { format: 'text', strict: false, version: VERSION }, io);
  } catch (error) {
    return reportRunError(error, io, false);
  }
}
