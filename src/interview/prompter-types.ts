/** One choice of a select or checkbox prompt. */
export interface PromptChoice<T extends string> {
  value: T;
  name: string;
  description?: string;
  disabled?: boolean | string;
}

/** A visual break between groups of choices. */
export const SEPARATOR = { separator: true } as const;
export type PromptSeparator = typeof SEPARATOR;

/** Everything the interview asks of a terminal; tests replace it with a scripted one. */
export interface Prompter {
  /** One choice among several; resolves to the chosen value. */
  select<T extends string>(
    message: string,
    choices: readonly (PromptChoice<T> | PromptSeparator)[],
    options?: { default?: T },
  ): Promise<T>;
  /** A line of text; `validate` returns an error message or true. */
  input(
    message: string,
    options?: { default?: string; validate?: (value: string) => string | true },
  ): Promise<string>;
  /** Yes or no. */
  confirm(message: string, options?: { default?: boolean }): Promise<boolean>;
  /** Any number of choices. */
  checkbox<T extends string>(
    message: string,
    choices: readonly PromptChoice<T>[],
    options?: { checked?: readonly T[] },
  ): Promise<T[]>;
  /** Shows text between prompts (a trailing newline is added). */
  print(text: string): void;
}

/** The respondent cancelled a prompt (Ctrl-C): the interview saves and stops. */
export class PromptCancelledError extends Error {
  override name = 'PromptCancelledError';
}

/** True for the separator marker rather than a choice. */
export function isSeparator<T extends string>(
  item: PromptChoice<T> | PromptSeparator,
): item is PromptSeparator {
  return 'separator' in item;
}
