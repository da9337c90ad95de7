import type { Io, Output } from '../model/io.js';
import { renderStyled } from '../text/style.js';

/**
 * The one place text reaches the terminal (or a pipe): every chunk written is stripped of control sequences
 * and characters from untrusted text, and the program's own style marks become colour where colour is on:
 * a terminal, no NO_COLOR, no FORCE_COLOR=0.
 */
export function terminalOutput(out: Output, env: Io['env']): Output {
  if (out.target) return out;
  const color = (): boolean => out.isTTY === true && !env.NO_COLOR && env.FORCE_COLOR !== '0';
  return {
    write: (chunk: string) => out.write(renderStyled(chunk, color())),
    get isTTY() {
      return out.isTTY;
    },
    get columns() {
      return out.columns;
    },
    target: out,
  };
}

/** The io with its standard output and error behind terminal writers. */
export function terminalIo(io: Io): Io {
  return { ...io, stdout: terminalOutput(io.stdout, io.env), stderr: terminalOutput(io.stderr, io.env) };
}

/** The stream beneath a terminal writer: only for the prompt library, which is handed sanitised strings. */
export function underlyingOutput(out: Output): Output {
  return out.target ?? out;
}
