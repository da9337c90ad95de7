import { Writable } from 'node:stream';
import { checkbox, confirm, input, select, Separator } from '@inquirer/prompts';
import type { Io } from '../model/io.js';
import { isSeparator, PromptCancelledError, type Prompter } from './prompter-types.js';

/** The real prompter: @inquirer/prompts on the terminal in `io`; Ctrl-C becomes PromptCancelledError. */
export function createTerminalPrompter(io: Io): Prompter {
  const output = io.stdout instanceof Writable ? io.stdout : undefined;
  const context = { input: io.stdin, ...(output ? { output } : {}) };
  const guard = async <T>(ask: () => Promise<T>): Promise<T> => {
    try {
      return await ask();
    } catch (error) {
      if (error instanceof Error && (error.name === 'ExitPromptError' || error.name === 'AbortPromptError')) {
        throw new PromptCancelledError('cancelled', { cause: error });
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
