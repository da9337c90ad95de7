import { styleText } from 'node:util';
import { PassThrough, Writable } from 'node:stream';
import { checkbox, confirm, input as textInput, select, Separator } from '@inquirer/prompts';
import type { Io } from '../model/io.js';
import { stripControl } from '../text/sanitize.js';
import { underlyingOutput, terminalOutput } from '../terminal/terminal-output.js';
import { isSeparator, PromptCancelledError, type Prompter } from './prompter-types.js';
import { cancelledBy, type StopReason } from './interruptible.js';
import { createKeyFilter, LINE_MARK, LINE_SHOWN, markLines, unmarkLines } from './pasted-lines.js';
import { displayWidth, fitWidth, wrapText } from './wrap-text.js';
import type { MessageKey } from '../i18n/en.js';
import { translator, type Translate } from '../i18n/format.js';

/** Opens a text editor on some text: the edited text, or undefined when none could be run. */
export type EditText = (text: string) => Promise<string | undefined>;

const PASTE_ON = '\u001b[?2004h';
const PASTE_OFF = '\u001b[?2004l';

/** What one asking of a prompt gets: its input, its abort signal, and text to put back on an input line. */
interface PromptOn {
  input: NodeJS.ReadableStream;
  signal: AbortSignal;
  retyped: string;
}

type TtyInput = Io['stdin'] & { setRawMode?: (mode: boolean) => unknown };

/**
 * The real prompter: @inquirer/prompts on the terminal in `io`. Ctrl-C or Ctrl-D at a prompt, `interrupt` being
 * aborted (a signal) and the end of standard input all become PromptCancelledError (carrying what was typed at
 * an input prompt); without this, a prompt waiting on an input that has ended would never settle. What the
 * terminal sends goes through a key filter (pasted-lines.ts) so that a pasted multi-line text stays whole. The
 * prompt library writes its own cursor and colour sequences, so it gets the stream beneath the terminal writer
 * and this is the one place the interview's text reaches it: every message, choice, default and error is
 * sanitised here. Printed text is wrapped to the terminal's width at the time it is printed.
 */
export function createTerminalPrompter(io: Io, interrupt?: AbortSignal, editText?: EditText): Prompter {
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
  const stdin = io.stdin as TtyInput;
  const filter = createKeyFilter();
  const clean = stripControl;
  const t = translator();
  const keysHelpTip = helpTip(t);
  const columns = (): number | undefined => stream.columns;
  const rows = (): number | undefined => stream.rows;
  // Lines printed since the last prompt: a menu gets the rows left under them, so the question stays in view.
  let printedLines = 0;
  // What the respondent has typed at the open input prompt, as the prompt last showed it.
  let typed = '';
  // A terminal mode switch, written only to a terminal still open (a test's stream may end with its prompt).
  const control = (sequence: string): void => {
    const ended = (stream as { writableEnded?: boolean }).writableEnded === true;
    if (stream.isTTY === true && !ended) stream.write(sequence);
  };
  /** The input stream of one prompt: standard input through the key filter, released when the prompt ends. */
  const promptInput = (text: boolean): { input: NodeJS.ReadableStream; release: () => void } => {
    if (stdin.isTTY !== true) return { input: io.stdin, release: () => undefined };
    const pass = Object.assign(new PassThrough(), {
      isTTY: true,
      setRawMode: (mode: boolean) => stdin.setRawMode?.(mode),
    });
    const onData = (chunk: Buffer | string): void => {
      pass.write(filter(chunk.toString(), text));
    };
    stdin.on('data', onData);
    stdin.resume();
    // Bracketed paste on a text prompt: the terminal marks where a paste starts and ends (see the key filter).
    if (text) control(PASTE_ON);
    return {
      input: pass,
      release: () => {
        if (text) control(PASTE_OFF);
        stdin.off('data', onData);
        stdin.pause();
        pass.end();
      },
    };
  };
  // The error a failed prompt ends with: PromptCancelledError, carrying the text typed, when it was stopped.
  const cancelledError = (error: unknown, text: string): unknown => {
    const cancelled =
      error instanceof Error && error.name === 'AbortPromptError'
        ? cancelledBy(stop.signal)
        : error instanceof Error && error.name === 'ExitPromptError'
          ? new PromptCancelledError('SIGINT' satisfies StopReason, { cause: error })
          : undefined;
    if (!cancelled) return error;
    cancelled.typed = text;
    return cancelled;
  };
  // What was printed since the last prompt, printed again at the new width when the terminal is resized.
  let block: string[] = [];
  /**
   * Runs one prompt. When the terminal is resized while it is open, the prompt is closed, what was printed above
   * it is printed again wrapped to the new width, and the prompt is asked again (an input prompt with the text
   * being typed); Ctrl-C, Ctrl-D, a signal or the end of input become PromptCancelledError.
   */
  const stopped = (): boolean => stop.signal.aborted;
  const guard = async <T>(text: boolean, ask: (on: PromptOn) => Promise<T>): Promise<T> => {
    let retyped = '';
    try {
      for (;;) {
        if (interrupt?.aborted === true) stop.abort(interrupt.reason);
        if (stop.signal.aborted) throw cancelledBy(stop.signal);
        typed = '';
        const redraw = new AbortController();
        let timer: ReturnType<typeof setTimeout> | undefined;
        const resized = (): void => {
          clearTimeout(timer);
          timer = setTimeout(() => {
            redraw.abort('resize');
          }, 150);
        };
        const off = stream.onResize?.(resized);
        const { input, release } = promptInput(text);
        try {
          return await ask({ input, signal: AbortSignal.any([stop.signal, redraw.signal]), retyped });
        } catch (error) {
          // (A function call: the check at the top of the loop does not hold once the prompt has run.)
          if (redraw.signal.aborted && !stopped()) {
            retyped = typed;
            printedLines = 0;
            for (const printed of block) show(printed);
            continue;
          }
          throw cancelledError(error, typed);
        } finally {
          clearTimeout(timer);
          off?.();
          release();
        }
      }
    } finally {
      printedLines = 0;
      block = [];
    }
  };
  const context = (on: PromptOn) => ({
    input: on.input,
    signal: on.signal,
    ...(output ? { output } : {}),
  });
  const show = (text: string): void => {
    const width = columns();
    const wrapped = width === undefined ? text : wrapText(text, width - 1);
    printedLines += wrapped.split('\n').length;
    screen.write(`${wrapped}\n`);
  };
  // A menu shows as many choices as fit under what was printed since the last prompt (at least 5).
  const pageSize = (count: number): number => {
    const height = rows();
    const fit = height === undefined ? 20 : height - printedLines - 4;
    return Math.max(Math.min(count, 20, fit), Math.min(count, 5));
  };
  const choice = <C extends { name: string; description?: string; disabled?: boolean | string }>(
    c: C,
  ): C => ({
    ...c,
    name: hang(clean(c.name)),
    ...(c.description !== undefined ? { description: clean(c.description) } : {}),
    ...(typeof c.disabled === 'string' ? { disabled: clean(c.disabled) } : {}),
  });
  // A choice's name wrapped at word boundaries under the menu's pointer and number ("❯ 12. ", "[ ] ").
  const hang = (name: string, indent = 5): string => {
    const width = columns();
    if (width === undefined) return name;
    return wrapText(name, width - indent - 3).replaceAll('\n', `\n${' '.repeat(indent)}`);
  };
  // The chosen answer as echoed after the question ("✔ message answer"): on that one line, cut with "…" if need be.
  const answerShown = (message: string, name: string): string => {
    const width = columns();
    const text = clean(name);
    if (width === undefined) return text;
    const last = hang(clean(message), 2).split('\n').at(-1) ?? '';
    return fitWidth(text, Math.max(width - displayWidth(last) - 5, 12));
  };
  const shown = (value: string): string => clean(value.replaceAll(LINE_MARK, LINE_SHOWN));
  const prompter: Prompter = {
    select: (message, choices, options) =>
      guard(false, (on) =>
        select(
          {
            message: hang(clean(message), 2),
            choices: choices.map((c) =>
              isSeparator(c) ? new Separator() : { ...choice(c), short: answerShown(message, c.name) },
            ),
            pageSize: pageSize(choices.length),
            loop: false,
            theme: {
              indexMode: 'number',
              style: { keysHelpTip },
              i18n: { disabledError: t('interview.disabledChoice') },
            },
            ...(options?.default !== undefined ? { default: options.default } : {}),
          },
          context(on),
        ),
      ),
    input: async (message, options) => {
      const multiline = options?.multiline === true;
      const stored = options?.default ?? '';
      const value = await guard(true, (on) =>
        textInput(
          {
            message: clean(message),
            // Enter keeps the stored default unchanged; only what is shown of it, and of the typed text, is sanitised.
            ...(stored !== '' ? { default: multiline ? markLines(stored) : stored } : {}),
            // Asked again after a resize: the text being typed is back on the line, to go on with.
            ...(on.retyped !== '' ? { default: markLines(on.retyped), prefill: 'editable' as const } : {}),
            ...(options?.validate
              ? {
                  validate: (v: string) => sanitiseVerdict(options.validate?.(unmarkLines(v, multiline))),
                }
              : {}),
            transformer: (value, { isFinal }) => {
              if (!isFinal) typed = unmarkLines(value, multiline);
              return isFinal ? styleText('cyan', shown(value)) : shown(value);
            },
            theme: { style: { defaultAnswer: (text: string) => styleText('dim', `(${shown(text)})`) } },
          },
          context(on),
        ),
      );
      // Enter on the default gives it back as stored, whatever line breaks it holds.
      const marked = multiline ? markLines(stored) : stored;
      return stored !== '' && value === marked ? stored : unmarkLines(value, multiline);
    },
    confirm: (message, options) =>
      guard(false, (on) =>
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
          context(on),
        ),
      ),
    checkbox: (message, choices, options) =>
      guard(false, (on) =>
        checkbox(
          {
            message: hang(clean(message), 2),
            choices: choices.map((c) => ({
              ...choice(c),
              checked: options?.checked?.includes(c.value) ?? false,
            })),
            pageSize: pageSize(choices.length),
            loop: false,
            theme: { style: { keysHelpTip }, i18n: { disabledError: t('interview.disabledToggle') } },
          },
          context(on),
        ),
      ),
    print: (text) => {
      block.push(text);
      show(text);
    },
    columns,
  };
  if (editText) {
    prompter.edit = async (text) => {
      if (stop.signal.aborted) throw cancelledBy(stop.signal);
      return editText(text);
    };
  }
  return prompter;
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
