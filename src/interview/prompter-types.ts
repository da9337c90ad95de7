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
  /**
   * A line of text; `validate` returns an error message or true. With `multiline`, the line breaks of pasted
   * text are kept (as "\n"); otherwise they become spaces.
   */
  input(
    message: string,
    options?: { default?: string; validate?: (value: string) => string | true; multiline?: boolean },
  ): Promise<string>;
  /** Yes or no. */
  confirm(message: string, options?: { default?: boolean }): Promise<boolean>;
  /** Any number of choices. */
  checkbox<T extends string>(
    message: string,
    choices: readonly PromptChoice<T>[],
    options?: { checked?: readonly T[] },
  ): Promise<T[]>;
  /** Shows text between prompts (a trailing newline is added), wrapped to the terminal's width. */
  print(text: string): void;
  /**
   * Opens the respondent's text editor ($VISUAL or $EDITOR) on `text`; resolves to the edited text, or to
   * undefined when no editor could be run (none set, not found, or it failed). Absent: no editor offered.
   */
  edit?(text: string): Promise<string | undefined>;
  /** The terminal's width in columns, for laying out lines; undefined when unknown. */
  columns?(): number | undefined;
}

/** The respondent cancelled a prompt (Ctrl-C): the interview saves and stops. */
export class PromptCancelledError extends Error {
  override name = 'PromptCancelledError';
  /** The text typed at an input prompt but not yet confirmed when it was cancelled ('' when none). */
  typed = '';
}

/** What was typed at a cancelled input prompt, trimmed; '' for any other error. */
export function typedBeforeCancel(error: unknown): string {
  return error instanceof PromptCancelledError ? error.typed.trim() : '';
}

/** True for the separator marker rather than a choice. */
export function isSeparator<T extends string>(
  item: PromptChoice<T> | PromptSeparator,
): item is PromptSeparator {
  return 'separator' in item;
}
