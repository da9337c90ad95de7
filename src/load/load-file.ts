import type { Diagnostic } from '../model/diagnostic.js';
import { parseYaml, type ParsedYaml } from '../parse/parse-yaml.js';
import { readText } from './read-text.js';
import { countValues, tooManyValues } from './count-values.js';
import { LIMITS } from '../parse/limits.js';

/** A YAML file read from disk: parsed, or a fatal reason it could not be read, or content diagnostics. */
export type LoadedFile =
  | { status: 'parsed'; file: string; parsed: ParsedYaml }
  | { status: 'fatal'; file: string; message: string }
  | { status: 'invalid'; file: string; diagnostics: Diagnostic[] };

/**
 * Reads and parses a YAML file; never throws for bad input. A file over the size or value limits is refused before
 * any parser runs (fatal: exit 2). Messages and diagnostics name it `file`. */
export async function loadYamlFile(path: string, file: string = path): Promise<LoadedFile> {
  const read = await readText(path, undefined, file);
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
  if (countValues(read.text) > LIMITS.maxValues)
    return { status: 'fatal', file, message: tooManyValues(file) };
  return { status: 'parsed', file, parsed: parseYaml(read.text) };
}
