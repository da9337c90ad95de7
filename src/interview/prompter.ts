import { styleText } from 'node:util';
import { Writable } from 'node:stream';
import { checkbox, confirm, input, select, Separator } from '@inquirer/prompts';
import type { Io } from '../model/io.js';
import { stripControl } from '../text/sanitize.js';
import { underlyingOutput, terminalOutput } from '../terminal/terminal-output.js';
import { isSeparator, PromptCancelledError, type Prompter } from './prompter-types.js';
import { cancelledBy, type StopReason } from './interruptible.js';
import type { MessageKey } from '../i18n/en.js';
import { translator, type Translate } from '../i18n/format.js';

/**
 * The real prompter: @inquirer/prompts on the terminal in `io`. Ctrl-C at a prompt, `interrupt` being aborted
 * (a signal) and the end of standard input all become PromptCancelledError; without this, a prompt waiting on
 * an input that has ended would never settle. The prompt library writes its own cursor and colour sequences, so it gets the stream beneath the terminal writer and this
 * is the one place the interview's text reaches it: every message, choice, default and error is sanitised here.
 */
export function createTerminalPrompter(io: Io, interrupt?: AbortSignal): Prompter {
  const screen = terminalOutput(io.stdout, io.env);
  const stream = underlyingOutput(screen);
  const output = stream instanceof Writable ? stream : undefined;
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
  const clean = stripControl;
  const t = translator();
  const keysHelpTip = helpTip(t);
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
  const choice = <C extends { name: string; description?: string; disabled?: boolean | string }>(
    c: C,
  ): C => ({
    ...c,
    name: clean(c.name),
    ...(c.description !== undefined ? { description: clean(c.description) } : {}),
    ...(typeof c.disabled === 'string' ? { disabled: clean(c.disabled) } : {}),
  });
  return {
    select: (message, choices, options) =>
      guard(() =>
        select(
          {
            message: clean(message),
            choices: choices.map((c) => (isSeparator(c) ? new Separator() : choice(c))),
            pageSize: Math.min(choices.length, 20),
            loop: false,
            theme: {
              indexMode: 'number',
              style: { keysHelpTip },
              i18n: { disabledError: t('interview.disabledChoice') },
            },
            ...(options?.default !== undefined ? { default: options.default } : {}),
          },
          context,
        ),
      ),
    input: (message, options) =>
      guard(() =>
        input(
          {
            message: clean(message),
            // Enter keeps the stored default unchanged; only what is shown of it, and of the typed text, is sanitised.
            ...(options?.default !== undefined && options.default !== '' ? { default: options.default } : {}),
            ...(options?.validate ? { validate: (v: string) => sanitiseVerdict(options.validate?.(v)) } : {}),
            transformer: (value, { isFinal }) => (isFinal ? styleText('cyan', clean(value)) : clean(value)),
            theme: { style: { defaultAnswer: (text: string) => styleText('dim', `(${clean(text)})`) } },
          },
          context,
        ),
      ),
    confirm: (message, options) =>
      guard(() =>
        confirm(
          {
            message: clean(message),
            default: options?.default ?? true,
            theme: {
              keywords: {
                yes: t('interview.confirm.yes'),
                no: t('interview.confirm.no'),
                error: (words: { yes: string; no: string }) => t('interview.confirm.invalid', words),
              },
            },
          },
          context,
        ),
      ),
    checkbox: (message, choices, options) =>
      guard(() =>
        checkbox(
          {
            message: clean(message),
            choices: choices.map((c) => ({
              ...choice(c),
              checked: options?.checked?.includes(c.value) ?? false,
            })),
            pageSize: Math.min(choices.length, 20),
            loop: false,
            theme: { style: { keysHelpTip }, i18n: { disabledError: t('interview.disabledToggle') } },
          },
          context,
        ),
      ),
    print: (text) => {
      screen.write(`${text}\n`);
    },
  };
}

// The words of the prompt library's key help line ("↑↓ navigate • ⏎ select"), by the English word it passes.
const KEY_WORDS: ReadonlyMap<string, MessageKey> = new Map([
  ['navigate', 'interview.keys.navigate'],
  ['select', 'interview.keys.select'],
  ['submit', 'interview.keys.submit'],
  ['all', 'interview.keys.all'],
  ['invert', 'interview.keys.invert'],
  ['space', 'interview.keys.space'],
]);

/** The key help line in the catalog's words, styled as the prompt library styles it; unknown words pass as they are. */
function helpTip(t: Translate): (keys: [key: string, action: string][]) => string {
  const word = (w: string): string => {
    const key = KEY_WORDS.get(w);
    return key === undefined ? w : t(key);
  };
  return (keys) =>
    keys
      .map(([key, action]) => `${styleText('bold', word(key))} ${styleText('dim', word(action))}`)
      .join(styleText('dim', ' • '));
}

function sanitiseVerdict(verdict: string | true | undefined): string | true {
  return typeof verdict === 'string' ? stripControl(verdict) : true;
}
