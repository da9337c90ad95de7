/** A stream the program writes to: the terminal, a pipe, or a test buffer. */
export interface Output {
  write(chunk: string): unknown;
  /** Writes bytes unchanged (a PDF or Word file piped on); absent on writers that only take text. */
  writeBytes?(chunk: Uint8Array): unknown;
  isTTY?: boolean;
  columns?: number;
  /** The terminal's height in rows, when it is a terminal. */
  rows?: number;
  /** Calls `listener` whenever the terminal is resized; returns the function that stops it. */
  onResize?(listener: () => void): () => void;
  /**
   * Set on the terminal writer (terminal/terminal-output.ts): the stream beneath it, written to unchanged. Only the
   * prompt library uses it, which writes its own cursor sequences and is handed sanitised strings.
   */
  target?: Output;
}

/** Everything the program needs from its surroundings, so tests can supply their own. */
export interface Io {
  stdout: Output;
  stderr: Output;
  stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  env: Readonly<Record<string, string | undefined>>;
  cwd: string;
  /** The running program's own file (dist/cli.js), set by the bin; commands printed for the user name it (useCliName). */
  program?: string;
}
