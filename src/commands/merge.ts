import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Io } from '../model/io.js';
import { EXIT, InputError, InterruptedError, UsageError } from '../errors.js';
import { requireChecklist } from './require-checklist.js';
import { misfitMessage, readAnswersShape } from '../open/read-answers.js';
import { validateAnswersFit } from '../validate/validate-document.js';
import { PromptCancelledError, type Prompter } from '../interview/prompter-types.js';
import { serializeAnswers } from '../answers/serialize.js';
import { refuseInputs, writeOutput } from '../output/write-output.js';
import { mergeRefusal } from '../merge/check-inputs.js';
import { planMerge } from '../merge/plan-merge.js';
import { chooseByRule } from '../merge/resolve-rule.js';
import { askConflicts } from '../merge/ask-conflicts.js';
import { conflictLine } from '../merge/describe.js';
import { buildMergedFile } from '../merge/build-merged.js';
import { mergeSummary } from '../merge/summary.js';
import type { Decision, MergeInput, MergeItem, MergeRule } from '../merge/types.js';
import { printDiagnostics } from './print-diagnostics.js';
import { requireUsable } from './require-answers.js';
import { translator } from '../i18n/format.js';

/** Options of `opsc-audit merge`. */
export interface MergeCommandOptions {
  output?: string;
  prefer?: string;
  checklist?: string;
}

/** What `merge` can be given besides io: tests pass a scripted prompter and a fixed clock. */
export interface MergeDeps {
  prompter?: Prompter;
  now?: () => Date;
}

/** `opsc-audit merge <answers...> -o merged.yaml [--prefer latest|first]`: several respondents' answers as one file. */
export async function runMerge(
  paths: readonly string[],
  options: MergeCommandOptions,
  io: Io,
  deps: MergeDeps = {},
): Promise<number> {
  const t = translator();
  const output = options.output;
  if (output === undefined || output.trim() === '') throw new UsageError(t('cli.merge.noOutput'));
  const rule = parseRule(options.prefer);
  const files = await distinctFiles(paths, io);
  if (output !== '-')
    await refuseInputs(resolve(io.cwd, output), output, [...files, options.checklist], io.cwd);
  const shapes = [];
  for (const file of files) shapes.push(requireUsable(await readAnswersShape(file, { cwd: io.cwd }), io));
  const refusal = mergeRefusal(shapes.map((s) => ({ file: s.file, answers: s.answers })));
  if (refusal !== undefined) throw new InputError(refusal);
  const index = await requireChecklist(
    options.checklist ?? shapes[0]?.answers.checklist.id ?? '',
    io,
    '--checklist',
  );
  const inputs: MergeInput[] = [];
  for (const shape of shapes) {
    const fit = validateAnswersFit(shape.shaped, index);
    printDiagnostics(fit.diagnostics, io);
    if (!fit.value) throw new InputError(misfitMessage(shape.file, index.checklist));
    inputs.push({ file: shape.file, answers: fit.value });
  }
  const plan = planMerge(index, inputs);
  const conflicts = plan.items.filter(
    (i): i is Extract<MergeItem, { type: 'conflict' }> => i.type === 'conflict',
  );
  let decisions: Decision[];
  if (rule !== undefined || conflicts.length === 0) {
    decisions = conflicts.map((c) => ({
      id: c.id,
      chosen: chooseByRule(c.positions, inputs, rule ?? 'first'),
      how: rule ?? 'first',
    }));
  } else if (deps.prompter ?? (io.stdin.isTTY === true && io.stdout.isTTY === true && output !== '-')) {
    const prompter = deps.prompter ?? (await import('../interview/prompter.js')).createTerminalPrompter(io);
    decisions = await askConflicts(plan, conflicts, prompter).catch((error: unknown) => {
      if (error instanceof PromptCancelledError)
        throw new InterruptedError(t('cli.merge.interrupted'), { cause: error });
      throw error;
    });
  } else {
    io.stderr.write(`opsc-audit: ${t('cli.merge.unresolved', { count: conflicts.length })}\n`);
    for (const conflict of conflicts) io.stderr.write(`  ${conflictLine(plan, conflict)}\n`);
    return EXIT.usage;
  }
  const merged = buildMergedFile(plan, decisions, (deps.now ?? (() => new Date()))());
  await writeOutput(serializeAnswers(merged), output, io, { inputs: [...files, options.checklist] });
  const summary = `${mergeSummary(plan, decisions, output === '-' ? t('cli.merge.stdout') : output).join('\n')}\n`;
  (output === '-' ? io.stderr : io.stdout).write(summary);
  return EXIT.ok;
}

function parseRule(prefer: string | undefined): MergeRule | undefined {
  if (prefer === undefined) return undefined;
  if (prefer === 'latest' || prefer === 'first') return prefer;
  throw new UsageError(translator()('cli.merge.badPrefer', { value: prefer }));
}

/** The paths, each file once: a file named twice (or by two spellings) is read once, with a note. */
async function distinctFiles(paths: readonly string[], io: Io): Promise<string[]> {
  const seen = new Map<string, string>();
  const kept: string[] = [];
  for (const path of paths) {
    const info = await stat(resolve(io.cwd, path)).catch(() => undefined);
    const id = info ? `${String(info.dev)}:${String(info.ino)}` : `path:${resolve(io.cwd, path)}`;
    const first = seen.get(id);
    if (first !== undefined) {
      io.stderr.write(`opsc-audit: ${translator()('cli.merge.duplicate', { file: path, first })}\n`);
      continue;
    }
    seen.set(id, path);
    kept.push(path);
  }
  return kept;
}
