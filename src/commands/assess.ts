import { access } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Io } from '../model/io.js';
import type { AnswersFile, ChecklistIndex } from '../model/checklist.js';
import { EXIT, InputError, InterruptedError } from '../errors.js';
import { requireChecklist } from './require-checklist.js';
import { DEFAULT_CHECKLIST } from '../open/checklists.js';
import { readAnswersShape } from '../open/read-answers.js';
import { acquireLock, type LockHolder } from '../answers/lock.js';
import { stampFile } from '../answers/disk-stamp.js';
import { guardedSave, SaveConflictError } from '../answers/guarded-save.js';
import { backupDisplay, keepBackup, nextBackupNumber } from '../answers/backup.js';
import { checklistDigest } from '../model/digest.js';
import { oneLine } from '../text/sanitize.js';
import { PromptCancelledError, type Prompter } from '../interview/prompter-types.js';
import { cancelledBy, interruptible, type StopReason } from '../interview/interruptible.js';
import { measureProgress } from '../interview/answer-status.js';
import { applyChangeDecision, detectChanges } from '../interview/changes.js';
import { decideOnChanges } from '../interview/resume.js';
import { openSession, type Session } from '../interview/session.js';
import { runInterview } from '../interview/run-interview.js';
import { printDiagnostics } from './print-diagnostics.js';
import { countByPillar, formatSummary } from '../interview/summary.js';
import type { MessageKey } from '../i18n/en.js';
import { languageName, translator } from '../i18n/format.js';
import { cliName, currentLanguage } from '../i18n/index.js';
import { quote } from '../text/shell-quote.js';
import { findTargetProblem, targetProblemMessage } from '../output/check-target.js';
import { chooseAnswersFile } from './choose-answers-file.js';

/** What `assess` can be given besides io: tests pass a scripted prompter, a fixed clock, their own interrupt. */
export interface AssessDeps {
  prompter?: Prompter;
  now?: () => Date;
  /** Aborted (with a StopReason) to stop the interview from outside; by default SIGINT and SIGTERM do. */
  interrupt?: AbortSignal;
}

/** The answers file of one run: its path, how messages name it, and the command that resumes it. */
interface Target {
  path: string;
  display: string;
  resume: string;
}

/** `opsc-audit assess [checklist] [-o answers.yaml]`: the interview, saving after every answer. */
export async function runAssess(
  ref: string | undefined,
  options: { output?: string; details?: boolean },
  io: Io,
  deps: AssessDeps = {},
): Promise<number> {
  if (io.stdin.isTTY !== true && deps.prompter === undefined)
    throw new InputError(translator()('cli.assess.noTerminal'));
  const { signal: interrupt, stop } = deps.interrupt
    ? { signal: deps.interrupt, stop: () => undefined }
    : listenForSignals();
  try {
    const now = deps.now ?? (() => new Date());
    const base = deps.prompter ?? (await terminalPrompter(io, interrupt));
    const prompter = interruptible(base, interrupt);
    let index: ChecklistIndex | undefined;
    let output = options.output;
    if (output === undefined) {
      const loaded = await requireChecklist(ref ?? DEFAULT_CHECKLIST, io);
      index = loaded;
      output = await cancellable(
        () => chooseAnswersFile(prompter, loaded, io, now()),
        translator()('cli.assess.interruptedNothingSaved'),
      );
      if (output === undefined) {
        prompter.print(translator()('cli.assess.pick.quitting'));
        return EXIT.ok;
      }
    }
    // A folder that is missing, is a file or may not be written is named before anything is asked or written.
    const problem = await findTargetProblem(output, io.cwd);
    if (problem) throw new InputError(targetProblemMessage('save', output, problem));
    const path = resolve(io.cwd, output);
    const resume = `${cliName()} assess ${ref === undefined ? '' : `${quote(ref)} `}-o ${quote(output)}`;
    const target: Target = { path, display: output, resume };
    const display = output;
    const lock = await cancellable(
      () => acquireLock(path, display, (holder, name) => askTakeOver(prompter, holder, name), now),
      translator()('cli.assess.interruptedUnchanged', { file: output }),
    );
    try {
      return await assessLocked(target, ref, index, io, prompter, now, interrupt, options.details ?? true);
    } finally {
      await lock.release();
    }
  } finally {
    stop();
  }
}

/** The interview proper, while this process holds the answers file's lock. */
async function assessLocked(
  target: Target,
  ref: string | undefined,
  loaded: ChecklistIndex | undefined,
  io: Io,
  prompter: Prompter,
  now: () => Date,
  interrupt: AbortSignal,
  details: boolean,
): Promise<number> {
  const t = translator();
  const { display: output } = target;
  // Stamped before reading: an edit made in between is then seen as a conflict at the first save.
  const before = await stampFile(target.path).catch(() => undefined);
  const existing = await readExisting(output, io);
  const baseline = before ?? (await stampFile(target.path));
  const index = loaded ?? (await requireChecklist(ref ?? existing?.checklist.id ?? DEFAULT_CHECKLIST, io));
  if (existing && existing.checklist.id !== index.checklist.id) {
    throw new InputError(
      t('cli.assess.otherChecklist', {
        file: output,
        found: oneLine(existing.checklist.id, 80),
        expected: index.checklist.id,
        quoted: quote(output),
      }),
    );
  }
  const file = existing ?? newAnswersFile(index);
  let first: string[] = [];
  if (existing) {
    const change = detectChanges(existing, index);
    const backup = change ? await nextBackupNumber(target.path) : 1;
    const decision = change
      ? await cancellable(
          () => decideOnChanges(prompter, index, change, backupDisplay(output, backup)),
          t('cli.assess.interruptedUnchanged', { file: output }),
        )
      : 'keep';
    if (decision === 'quit') {
      prompter.print(t('cli.assess.quitUnchanged', { file: output, quoted: quote(output) }));
      return EXIT.ok;
    }
    if (change) {
      if (change.removed.length > 0) {
        const used = await keepBackup(target.path, output, backup);
        prompter.print(t('cli.assess.backupKept', { file: output, backup: backupDisplay(output, used) }));
      }
      first = applyChangeDecision(file, index, change, decision);
    }
  }
  const save = guardedSave(target, baseline, { now, resume: target.resume });
  const session = openSession(index, file, prompter, save, now, { details });
  if (existing) {
    const p = measureProgress(index, file.answers, session.applies);
    prompter.print(t('cli.assess.resuming', { file: output, done: p.done, count: p.total }));
    const answeredIn = existing.language;
    if (answeredIn !== undefined && answeredIn !== currentLanguage()) {
      const language = languageName(answeredIn);
      prompter.print(
        t('cli.assess.otherLanguage', { language, command: `${target.resume} --lang ${answeredIn}` }),
      );
    }
  } else {
    prompter.print(t('cli.assess.savingTo', { file: output }));
  }
  try {
    await session.save(file);
    const outcome = await runInterview(session, first);
    if (interrupt.aborted) throw cancelledBy(interrupt);
    prompter.print(`\n${formatSummary(countByPillar(index, file.answers), io.stdout.columns ?? 80)}\n`);
    if (outcome === 'quit')
      prompter.print(t('cli.assess.savedResume', { file: output, command: target.resume }));
    else prompter.print(t('cli.assess.savedNext', { file: output, quoted: quote(output) }));
    return EXIT.ok;
  } catch (error) {
    throw await closingError(error, session, target, io);
  }
}

/**
 * The error an interview ends with, after saving what can be saved; every ending names where the answers are.
 * Ctrl-C (or a signal, or the end of input) saves and becomes InterruptedError (exit 130).
 */
async function closingError(error: unknown, session: Session, target: Target, io: Io): Promise<unknown> {
  if (error instanceof SaveConflictError) return error;
  if (error instanceof PromptCancelledError) {
    try {
      await session.save(session.file);
    } catch (failed) {
      return closingError(failed, session, target, io);
    }
    const where = { file: target.display, command: target.resume };
    return new InterruptedError(translator()(stoppedMessage(error.message), where), { cause: error });
  }
  const saved: MessageKey = await access(target.path).then(
    () => 'cli.assess.failedSaved',
    () => 'cli.assess.failedNothingSaved',
  );
  io.stderr.write(`${translator()(saved, { file: target.display, command: target.resume })}\n`);
  return error;
}

/** The closing message of an interview stopped for this reason. */
function stoppedMessage(reason: string): MessageKey {
  if (reason === ('end of input' satisfies StopReason)) return 'cli.assess.stopped.endOfInput';
  if (reason === ('SIGTERM' satisfies StopReason)) return 'cli.assess.stopped.sigterm';
  return 'cli.assess.stopped.interrupted';
}

/** While the interview runs, SIGINT and SIGTERM stop it cleanly (saved, lock removed) instead of killing it. */
function listenForSignals(): { signal: AbortSignal; stop: () => void } {
  const controller = new AbortController();
  const names: StopReason[] = ['SIGINT', 'SIGTERM'];
  const handlers = names.map((name) => {
    const handler = (): void => {
      controller.abort(name);
    };
    process.on(name, handler);
    return () => process.off(name, handler);
  });
  return {
    signal: controller.signal,
    stop: () => {
      for (const off of handlers) off();
    },
  };
}

/** The prompter on the real terminal, with the user's text editor for long notes. */
async function terminalPrompter(io: Io, interrupt: AbortSignal): Promise<Prompter> {
  const { createTerminalPrompter } = await import('../interview/prompter.js');
  const { openEditor } = await import('./open-editor.js');
  return createTerminalPrompter(io, interrupt, (text) => openEditor(text, io.env));
}

async function askTakeOver(prompter: Prompter, holder: LockHolder, lockName: string): Promise<boolean> {
  return prompter.confirm(
    translator()('cli.assess.takeOverLock', { lock: lockName, pid: holder.pid, started: holder.started }),
    { default: true },
  );
}

/** The answers file to resume, as the user named it, or undefined when there is none yet. */
async function readExisting(output: string, io: Io): Promise<AnswersFile | undefined> {
  const result = await readAnswersShape(output, { cwd: io.cwd, purpose: 'resume' });
  if (result.ok) return result.answers;
  if (result.problem === 'missing') return undefined;
  printDiagnostics(result.diagnostics, io);
  throw new InputError(result.message);
}

async function cancellable<T>(ask: () => Promise<T>, message: string): Promise<T> {
  try {
    return await ask();
  } catch (error) {
    if (error instanceof PromptCancelledError) throw new InterruptedError(message, { cause: error });
    throw error;
  }
}

function newAnswersFile(index: ChecklistIndex): AnswersFile {
  const { checklist } = index;
  return {
    format: 'opsc-audit/answers@1',
    checklist: { id: checklist.id, version: checklist.version, digest: checklistDigest(checklist) },
    language: currentLanguage(),
    respondent: {},
    answers: {},
  };
}
