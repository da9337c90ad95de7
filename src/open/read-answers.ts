import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { sortDiagnostics, type Diagnostic } from '../model/diagnostic.js';
import type { AnswersFile, Checklist, ChecklistIndex } from '../model/checklist.js';
import { loadYamlFile } from '../load/load-file.js';
import { loadChecklist, type ChecklistResult } from './checklists.js';
import { describeFsError } from '../load/read-text.js';
import {
  documentKind,
  parseDiagnostics,
  validateAnswersFit,
  validateAnswersShape,
  type ShapedAnswers,
} from '../validate/validate-document.js';
import type { ParsedYaml } from '../parse/parsed.js';
import {
  answersProblemMessage,
  type AnswersProblem,
  type ReadPurpose,
  type WordedProblem,
} from '../answers/answers-problems.js';
import { translator } from '../i18n/format.js';

export type { AnswersProblem, ReadPurpose } from '../answers/answers-problems.js';

/**
 * An answers file as read: usable (with its warnings and what the read adds, `Extra`), or the problem that makes
 * it unusable, a one-line message and the diagnostics that show where. `file` is the path as the user typed it,
 * and every message and diagnostic names the file that way.
 */
export type AnswersRead<Extra = object> =
  | ({ ok: true; file: string; answers: AnswersFile; warnings: Diagnostic[] } & Extra)
  | { ok: false; file: string; problem: AnswersProblem; message: string; diagnostics: Diagnostic[] };

/** How an answers file is read. */
export interface ReadAnswersOptions {
  /** Folder a relative path is read from; messages keep the path as given. */
  cwd: string;
  /** Checklist to check against (bundled id or path); by default the bundled one the file names. */
  checklist?: string | undefined;
  /** Why the file is read, which sets the advice its messages give; `use` by default. */
  purpose?: ReadPurpose;
  /** Loads the checklist (loadChecklist by default); a command reading many files passes one that loads each once. */
  loadChecklist?: ((ref: string, cwd: string) => Promise<ChecklistResult>) | undefined;
}

/** Reads an answers file and the checklist it is checked against, and checks the answers against it. */
export async function readAnswers(
  path: string,
  options: ReadAnswersOptions,
): Promise<AnswersRead<{ index: ChecklistIndex }>> {
  const shape = await readShape(path, options);
  if (!shape.ok) return shape;
  const load = options.loadChecklist ?? loadChecklist;
  const checklist = await load(options.checklist ?? shape.answers.checklist.id, options.cwd);
  if (!checklist.ok) {
    const { message } = checklist;
    const named = options.checklist
      ? message
      : translator()('cli.load.nameChecklist', { message, option: '--checklist' });
    return failure(path, 'no-checklist', checklist.diagnostics, named);
  }
  return checkFit(shape.shaped, checklist.index);
}

/**
 * Reads an answers file checked against the schema only (not yet against a checklist), keeping what passed the
 * schema so that the answers can be checked later against the checklist the caller chooses (validateAnswersFit).
 */
export async function readAnswersShape(
  path: string,
  options: ReadAnswersOptions,
): Promise<AnswersRead<{ shaped: ShapedAnswers }>> {
  return readShape(path, options);
}

/**
 * Checks an answers document that is already read and parsed (`validate` reads every file before it knows its
 * kind), with the same steps and diagnostics as readAnswers: against the schema, then against `index` if given.
 */
export function checkAnswersDocument(
  parsed: ParsedYaml,
  path: string,
  index: ChecklistIndex | undefined,
): AnswersRead {
  const shape = checkShape(parsed, path, 'use');
  return shape.ok && index ? checkFit(shape.shaped, index) : shape;
}

/** "a.yaml: the answers do not fit checklist x 1.0.0". */
export function misfitMessage(file: string, checklist: Pick<Checklist, 'id' | 'version'>): string {
  return translator()('cli.answers.misfit', { file, id: checklist.id, version: checklist.version });
}

async function readShape(
  path: string,
  options: ReadAnswersOptions,
): Promise<AnswersRead<{ shaped: ShapedAnswers }>> {
  const purpose = options.purpose ?? 'use';
  const absolute = resolve(options.cwd, path);
  const missing = await stat(absolute).then(
    () => undefined,
    (error: unknown) => ((error as NodeJS.ErrnoException).code === 'ENOENT' ? error : undefined),
  );
  if (missing) return failure(path, 'missing', [], describeFsError(path, missing));
  return loadYamlFile(absolute, path, (loaded) => {
    if (loaded.status === 'fatal') return failure(path, 'unreadable', [], loaded.message);
    if (loaded.status === 'invalid') return worded(path, 'not-yaml', loaded.diagnostics, purpose);
    return checkShape(loaded.parsed, path, purpose);
  });
}

/** The steps after reading: YAML syntax, what kind of file it is, the schema. */
function checkShape(
  parsed: ParsedYaml,
  path: string,
  purpose: ReadPurpose,
): AnswersRead<{ shaped: ShapedAnswers }> {
  const syntax = parseDiagnostics(parsed, path);
  if (syntax.some((d) => d.severity === 'error')) return worded(path, 'yaml-error', syntax, purpose);
  const kind = documentKind(parsed.data);
  if (kind === 'checklist') return worded(path, 'checklist', [], purpose);
  if (kind !== 'answers' && !looksLikeAnswers(parsed.data)) return worded(path, 'not-answers', [], purpose);
  const shape = validateAnswersShape(parsed, path);
  if (!shape.value) return worded(path, 'has-errors', shape.diagnostics, purpose);
  const shaped = shape.value;
  return { ok: true, file: path, answers: shaped.answers, shaped, warnings: shape.diagnostics };
}

/** The answers of a file that has the right shape, checked against a checklist. */
function checkFit(shaped: ShapedAnswers, index: ChecklistIndex): AnswersRead<{ index: ChecklistIndex }> {
  const { file } = shaped;
  const full = validateAnswersFit(shaped, index);
  if (!full.value)
    return failure(file, 'does-not-fit', full.diagnostics, misfitMessage(file, index.checklist));
  return { ok: true, file, answers: full.value, index, warnings: sortDiagnostics(full.diagnostics) };
}

function worded(
  file: string,
  problem: WordedProblem,
  diagnostics: Diagnostic[],
  purpose: ReadPurpose,
): ReturnType<typeof failure> {
  return failure(file, problem, diagnostics, answersProblemMessage(problem, file, diagnostics, purpose));
}

function failure(
  file: string,
  problem: AnswersProblem,
  diagnostics: Diagnostic[],
  message: string,
): { ok: false; file: string; problem: AnswersProblem; message: string; diagnostics: Diagnostic[] } {
  return { ok: false, file, problem, message, diagnostics };
}

/** Keys only an answers file has at its top level: a file with one of them is a broken answers file. */
const ANSWERS_KEYS = ['answers', 'respondent'];

/** A map with an answers file's keys whose `format` line was mistyped or lost. */
function looksLikeAnswers(data: unknown): boolean {
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return false;
  return ANSWERS_KEYS.some((key) => key in data);
}
