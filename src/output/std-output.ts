import type { Output } from '../model/io.js';
import { EXIT } from '../errors.js';

/** Writing to standard output failed: its reader went away (EPIPE), or the disk is full. Stops a long output. */
export class OutputFailedError extends Error {
  override name = 'OutputFailedError';
  /** True when the reader closed the pipe (`| head`): not a failure, the run ends quietly. */
  readonly quiet: boolean;
  constructor(readonly failure: NodeJS.ErrnoException) {
    // Never shown: the run ends, and finishOutput says what failed.
    super(failure.message, { cause: failure });
    this.quiet = failure.code === 'EPIPE';
  }
}

/** Standard output or error as the program sees it, with write errors caught instead of crashing the process. */
export interface GuardedOutput extends Output {
  /** The first write error, once known. */
  failure(): NodeJS.ErrnoException | undefined;
  /** Waits until everything written so far has reached the system, or failed. */
  flush(): Promise<void>;
}

/**
 * Wraps a process stream: its write errors (EPIPE, ENOSPC…) are recorded rather than thrown as an unhandled
 * 'error' event. Once one is known, further writes throw OutputFailedError (`stopAfterFailure`, for standard
 * output, so that a long report stops) or are dropped (for standard error, where there is nobody left to tell).
 */
export function guardOutput(stream: NodeJS.WriteStream, stopAfterFailure: boolean): GuardedOutput {
  let failure: NodeJS.ErrnoException | undefined;
  const record = (error: Error | null | undefined) => {
    if (error) failure ??= error;
  };
  stream.on('error', record);
  const write = (chunk: string | Uint8Array): boolean => {
    if (failure) {
      if (stopAfterFailure) throw new OutputFailedError(failure);
      return false;
    }
    try {
      return stream.write(chunk, record);
    } catch (error) {
      record(error as Error);
      return false;
    }
  };
  return {
    get isTTY() {
      return stream.isTTY;
    },
    get columns() {
      return stream.columns;
    },
    get rows() {
      return stream.rows;
    },
    onResize: (listener: () => void) => {
      stream.on('resize', listener);
      return () => stream.off('resize', listener);
    },
    write: (chunk: string) => write(chunk),
    writeBytes: (chunk: Uint8Array) => write(chunk),
    failure: () => failure,
    flush: () =>
      failure
        ? Promise.resolve()
        : new Promise<void>((resolve) => {
            stream.write('', (error) => {
              record(error);
              resolve();
            });
          }),
  };
}

/**
 * The exit code once standard output is flushed: unchanged, or for a closed pipe (the reader had enough, as with
 * `| head`); one line on standard error and exit 2 for any other write error (disk full, I/O error).
 */
export async function finishOutput(code: number, stdout: GuardedOutput, stderr: Output): Promise<number> {
  await stdout.flush();
  const failure = stdout.failure();
  if (failure === undefined || failure.code === 'EPIPE') return code;
  // Loaded only now: the message catalog stays out of `--version`.
  const [{ describeWriteError }, { translator }] = await Promise.all([
    import('./write-error.js'),
    import('../i18n/format.js'),
  ]);
  stderr.write(`opsc-audit: ${describeWriteError(translator()('cli.write.standardOutput'), failure)}\n`);
  return EXIT.usage;
}
