import type { Io } from '../model/io.js';
import type { Diagnostic } from '../model/diagnostic.js';
import { sortDiagnostics } from '../model/diagnostic.js';
import { EXIT } from '../errors.js';
import type { CheckedFile } from '../diagnostics/summary.js';
import { pickFormat } from '../formats/output-format.js';
import { VALIDATE_FORMATS } from '../formats/validate-formats.js';
import { machinePaths } from './machine-paths.js';

/** What one `validate` run found: checked files, their diagnostics, and whether some file could not be read. */
export interface ValidateRun {
  checked: CheckedFile[];
  diagnostics: Diagnostic[];
  unreadable: number;
}

/** What decides how a run is written and its exit code: `--format`, `--strict`, the tool's version. */
export interface ValidateReportOptions {
  format: string;
  strict: boolean;
  version: string;
}

/** Writes what a `validate` run found in the format asked for; returns its exit code (0, 1 or 2). */
export async function reportValidation(
  run: ValidateRun,
  options: ValidateReportOptions,
  io: Io,
): Promise<number> {
  const format = pickFormat(VALIDATE_FORMATS, options.format);
  const diagnostics = sortDiagnostics(run.diagnostics);
  const color = io.stdout.isTTY === true && !io.env.NO_COLOR;
  const report = {
    files: run.checked,
    diagnostics,
    toolVersion: options.version,
    color,
    paths: machinePaths(io.cwd),
  };
  io.stdout.write(await format.render(report));
  if (run.unreadable > 0) return EXIT.usage;
  const failing = diagnostics.some((d) => d.severity === 'error' || options.strict);
  return failing ? EXIT.problems : EXIT.ok;
}
