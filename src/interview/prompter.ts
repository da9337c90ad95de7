import { Writable } from 'node:stream';
import { checkbox, confirm, input, select, Separator } from '@inquirer/prompts';
import type { Io } from '../model/io.js';
import { isSeparator, PromptCancelledError, type Prompter } from './prompter-types.js';
import { cancelledBy, type StopReason } from './interruptible.js';

/**
 * The real prompter: @inquirer/prompts on the terminal in `io`. Ctrl-C at a prompt, `interrupt` being aborted
 * (a signal) and the end of standard input all become PromptCancelledError; without this, a prompt waiting on
 * an input that has ended would never settle.
 */
export function createTerminalPrompter(io: Io, interrupt?: AbortSignal): Prompter {
  const output = io.stdout instanceof Writable ? io.stdout : undefined;
  const stop = new AbortController();
  const ended = (): void => {
    stop.abort('end of input' satisfies StopReason);
  };
  io.stdin.once('end', ended);
  io.stdin.once('close', ended);
  interrupt?.addEventListener('abort', () => {
    stop.abort(interrupt.reason);
  });
  const context = { input: io.stdin, signal: stop.signal, ...(output ? { output } : {}) };
  const guard = async <T>(ask: () => Promise<T>): Promise<T> => {
    if (interrupt?.aborted === true) stop.abort(interrupt.reason);
    if (stop.signal.aborted) throw cancelledBy(stop.signal);
    try {
      return await ask();
    } catch (error) {
      if (error instanceof Error && error.name === 'AbortPromptError') {
        throw cancelledBy(stop.signal);
      }
      if (error instanceof Error && error.name === 'ExitPromptError') {
        throw new PromptCancelledError('SIGINT' satisfies StopReason, { cause: error });
      }
      throw error;
    }
  };
  return {
    select: (message, choices, options) =>
      guard(() =>
        select(
          {
            message,
            choices: choices.map((c) => (isSeparator(c) ? new Separator() : c)),
            pageSize: Math.min(choices.length, 20),
            loop: false,
            theme: { indexMode: 'number' },
            ...(options?.default !== undefined ? { default: options.default } : {}),
          },
          context,
        ),
      ),
    input: (message, options) =>
      guard(() =>
        input(
          {
            message,
            ...(options?.default !== undefined && options.default !== '' ? { default: options.default } : {}),
            ...(options?.validate ? { validate: options.validate } : {}),
          },
          context,
        ),
      ),
    confirm: (message, options) =>
      guard(() => confirm({ message, default: options?.default ?? true }, context)),
    checkbox: (message, choices, options) =>
      guard(() =>
        checkbox(
          {
            message,
            choices: choices.map((c) => ({ ...c, checked: options?.checked?.includes(c.value) ?? false })),
            pageSize: Math.min(choices.length, 20),
            loop: false,
          },
          context,
        ),
      ),
    print: (text) => {
      io.stdout.write(`${text}\n`);
    },
  };
}
