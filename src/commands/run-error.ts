import type { Io } from '../model/io.js';
import { EXIT, InputError, InterruptedError, UsageError } from '../errors.js';
import { OutputFailedError } from '../output/std-output.js';
import { oneLine } from '../text/sanitize.js';
import { translator } from '../i18n/format.js';

/**
 * What a command's error becomes: its line on standard error (none for a failed standard output, which cli.ts
 * reports once flushed) and the exit code. Shared by main.ts and the start-up path of `validate`
 * (validate-plain.ts), so a run says the same whichever way it went.
 */
export function reportRunError(error: unknown, io: Io, debug: boolean): number {
  if (error instanceof UsageError || error instanceof InputError) {
    io.stderr.write(`opsc-audit: ${oneLine(error.message, 1000)}\n`);
    return EXIT.usage;
  }
  if (error instanceof OutputFailedError) {
    // Reported by cli.ts once standard output is flushed (a closed pipe quietly).
    return error.quiet ? EXIT.ok : EXIT.usage;
  }
  if (error instanceof InterruptedError) {
    // Its own lines kept: the command to resume with (a line starting with a tab) stands indented on its own, to be copied whole.
    const lines = error.message
      .split('\n')
      .map((line) => (line.startsWith('\t') ? `    ${oneLine(line, 1000)}` : oneLine(line, 1000)));
    io.stderr.write(`${lines.slice(0, 4).join('\n')}\n`);
    return EXIT.interrupted;
  }
  const message = error instanceof Error ? error.message : String(error);
  io.stderr.write(`opsc-audit: ${translator()('cli.error.internal', { message: oneLine(message, 500) })}\n`);
  if (debug && error instanceof Error && error.stack) io.stderr.write(`${error.stack}\n`);
  return EXIT.usage;
}
