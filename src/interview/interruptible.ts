import { PromptCancelledError, type Prompter } from './prompter-types.js';

/** Why an interview was stopped from outside a prompt: a signal's name, or the end of standard input. */
export type StopReason = 'SIGINT' | 'SIGTERM' | 'end of input';

/** The PromptCancelledError for a stop: its message is the reason, so the closing line can name it. */
export function cancelledBy(signal: AbortSignal): PromptCancelledError {
  return new PromptCancelledError(String(signal.reason ?? 'SIGINT'));
}

/**
 * Wraps a prompter so that once `signal` is aborted (Ctrl-C or a termination signal while the interview was
 * saving or computing, between two prompts) no further question is asked: the next prompt throws
 * PromptCancelledError, and the interview saves and stops as for Ctrl-C at a prompt.
 */
export function interruptible(prompter: Prompter, signal: AbortSignal): Prompter {
  const check = (): void => {
    if (signal.aborted) throw cancelledBy(signal);
  };
  const edit = prompter.edit?.bind(prompter);
  const columns = prompter.columns?.bind(prompter);
  return {
    ...(edit
      ? {
          edit: (text: string) => {
            check();
            return edit(text);
          },
        }
      : {}),
    ...(columns ? { columns } : {}),
    select: (message, choices, options) => {
      check();
      return prompter.select(message, choices, options);
    },
    input: (message, options) => {
      check();
      return prompter.input(message, options);
    },
    confirm: (message, options) => {
      check();
      return prompter.confirm(message, options);
    },
    checkbox: (message, choices, options) => {
      check();
      return prompter.checkbox(message, choices, options);
    },
    print: (text) => {
      prompter.print(text);
    },
  };
}
