/** Bad usage or input that stops the run: one line to stderr, exit code 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** A file that cannot be read or used at all: one line to stderr, exit code 2. */
export class InputError extends Error {
  override name = 'InputError';
}

/** The user pressed Ctrl-C during an interview: exit code 130. */
export class InterruptedError extends Error {
  override name = 'InterruptedError';
}

/** Exit codes, as documented in the README. */
export const EXIT = { ok: 0, problems: 1, usage: 2, interrupted: 130 } as const;
