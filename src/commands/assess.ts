import { copyFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Io } from '../model/io.js';
import type { AnswersFile, ChecklistIndex } from '../model/checklist.js';
import { EXIT, InputError, InterruptedError } from '../errors.js';
import { DEFAULT_CHECKLIST, loadChecklist } from '../load/checklists.js';
import { readAnswersFile } from '../answers/read-answers-file.js';
import { writeAnswers } from '../answers/write-answers.js';
import { checklistDigest } from '../model/digest.js';
import { oneLine } from '../text/sanitize.js';
import { PromptCancelledError, type Prompter } from '../interview/prompter-types.js';
import { calendarDate, measureProgress } from '../interview/answer-status.js';
import { applyChangeDecision, detectChanges } from '../interview/changes.js';
import { decideOnChanges } from '../interview/resume.js';
import { openSession } from '../interview/session.js';
import { runInterview } from '../interview/run-interview.js';
import { countByPillar, formatSummary } from '../interview/summary.js';
import type { Diagnostic } from '../model/diagnostic.js';

/** What `assess` can be given besides io: tests pass a scripted prompter and a fixed clock. */
export interface AssessDeps {
  prompter?: Prompter;
  now?: () => Date;
}

const NO_TTY =
  'assess is an interactive interview and needs a terminal; without one, write the answers file yourself ' +
  '(format: schemas/answers.schema.json, see "Answers file" in the README) and check it with: opsc-audit validate <answers.yaml>';

/** `opsc-audit assess [checklist] [-o answers.yaml]`: the interview, saving after every answer. */
export async function runAssess(
  ref: string | undefined,
  options: { output?: string },
  io: Io,
  deps: AssessDeps = {},
): Promise<number> {
  if (io.stdin.isTTY !== true && deps.prompter === undefined) throw new InputError(NO_TTY);
  const now = deps.now ?? (() => new Date());
  const prompter = deps.prompter ?? (await import('../interview/prompter.js')).createTerminalPrompter(io);
  let existing = options.output ? await readExisting(options.output, io) : undefined;
  const loaded = await loadChecklist(ref ?? existing?.checklist.id ?? DEFAULT_CHECKLIST, io.cwd);
  if (!loaded.ok) {
    printDiagnostics(loaded.diagnostics, io);
    throw new InputError(loaded.message);
  }
  const { index } = loaded;
  let output = options.output;
  if (output === undefined) {
    output = await cancellable(
      () => proposeOutput(prompter, index, now()),
      'Interrupted; nothing was saved.',
    );
    existing = await readExisting(output, io);
  }
  const target = resolve(io.cwd, output);
  const resume = `opsc-audit assess ${ref === undefined ? '' : `${quote(ref)} `}-o ${quote(output)}`;
  if (existing && existing.checklist.id !== index.checklist.id) {
    throw new InputError(
      `${output} holds answers to checklist "${oneLine(existing.checklist.id, 80)}", not "${index.checklist.id}"; ` +
        `resume it with: opsc-audit assess ${oneLine(existing.checklist.id, 80)} -o ${quote(output)}, or choose another file`,
    );
  }
  const file = existing ?? newAnswersFile(index);
  let first: string[] = [];
  if (existing) {
    const change = detectChanges(existing, index);
    const backup = `${output}.bak`;
    const decision = change
      ? await cancellable(
          () => decideOnChanges(prompter, index, change, backup),
          'Interrupted; the file was not changed.',
        )
      : 'keep';
    if (decision === 'quit') {
      prompter.print(`The file was not changed. To see what changed: opsc-audit validate ${quote(output)}`);
      return EXIT.ok;
    }
    if (change) {
      if (change.removed.length > 0) await copyFile(target, resolve(io.cwd, backup));
      first = applyChangeDecision(file, index, change, decision);
    }
  }
  const session = openSession(index, file, prompter, (f) => writeAnswers(target, f), now);
  if (existing) {
    const p = measureProgress(index, file.answers, session.applies);
    prompter.print(`Resuming ${output}: ${p.done} of ${p.total} questions done.`);
  } else {
    prompter.print(`Answers are saved to ${output} after every answer.`);
  }
  await session.save(file);
  try {
    const outcome = await runInterview(session, first);
    prompter.print(`\n${formatSummary(countByPillar(index, file.answers))}\n`);
    if (outcome === 'quit') prompter.print(`Saved to ${output}. Resume with: ${resume}`);
    else
      prompter.print(`Saved to ${output}. Next: opsc-audit report ${quote(output)} -f html -o report.html`);
    return EXIT.ok;
  } catch (error) {
    if (!(error instanceof PromptCancelledError)) throw error;
    await session.save(file);
    throw new InterruptedError(`Interrupted. Your answers are saved in ${output}. Resume with: ${resume}`, {
      cause: error,
    });
  }
}

async function readExisting(output: string, io: Io): Promise<AnswersFile | undefined> {
  const result = await readAnswersFile(resolve(io.cwd, output), output);
  if (result.status === 'missing') return undefined;
  if (result.status === 'ok') return result.answers;
  printDiagnostics(result.diagnostics, io);
  throw new InputError(result.message);
}

async function proposeOutput(prompter: Prompter, index: ChecklistIndex, today: Date): Promise<string> {
  const proposed = `answers-${index.checklist.id}-${calendarDate(today)}.yaml`;
  const answer = await prompter.input('Save the answers to (an existing answers file is resumed)', {
    default: proposed,
    validate: (v) => (v.trim() === '' ? 'Please enter a file name.' : true),
  });
  return answer.trim();
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
    respondent: {},
    answers: {},
  };
}

function printDiagnostics(diagnostics: readonly Diagnostic[], io: Io): void {
  for (const d of diagnostics)
    io.stderr.write(`${d.file}:${d.line}:${d.col} ${d.severity} ${d.code} ${oneLine(d.message)}\n`);
}

/** Quotes a word for a shell command line when it needs it. */
function quote(word: string): string {
  return /^[\w./@:+-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}
