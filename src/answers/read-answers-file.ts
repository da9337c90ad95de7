import { stat } from 'node:fs/promises';
import type { Diagnostic } from '../model/diagnostic.js';
import type { AnswersFile } from '../model/checklist.js';
import { loadYamlFile } from '../load/load-file.js';
import { documentKind, parseDiagnostics, validateAnswersDocument } from '../validate/validate-document.js';

/** An answers file on disk, read for resuming: absent, well-formed, or unusable (with why). */
export type ExistingAnswers =
  | { status: 'missing' }
  | { status: 'ok'; answers: AnswersFile }
  | { status: 'unusable'; message: string; diagnostics: Diagnostic[] };

/** Keys only an answers file has at its top level: a file with one of them is a broken answers file. */
const ANSWERS_KEYS = ['answers', 'respondent'];

/**
 * Reads an answers file checked against the schema only, so answers made with an older checklist
 * can still be loaded and their differences reported; `display` names the file in messages.
 * A broken answers file is never answered with "choose another file": the message says where it is broken.
 */
export async function readAnswersFile(file: string, display: string): Promise<ExistingAnswers> {
  try {
    await stat(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { status: 'missing' };
  }
  const loaded = await loadYamlFile(file, display);
  if (loaded.status === 'fatal') return { status: 'unusable', message: loaded.message, diagnostics: [] };
  const fixIt = `fix ${display} where shown above (check it with: opsc-audit validate ${display}), then run the same command again; your answers in it are kept`;
  if (loaded.status === 'invalid') {
    return {
      status: 'unusable',
      message: `${display} cannot be read as YAML; ${fixIt}`,
      diagnostics: loaded.diagnostics,
    };
  }
  const { parsed } = loaded;
  const syntax = parseDiagnostics(parsed, display).filter((d) => d.severity === 'error');
  if (syntax.length > 0) {
    const first = syntax[0];
    const at = first ? ` at ${display}:${first.line}:${first.col}` : '';
    return {
      status: 'unusable',
      message: `${display} has a YAML error${at} (a typo made while editing it?); ${fixIt}`,
      diagnostics: syntax,
    };
  }
  const kind = documentKind(parsed.data);
  if (kind === 'checklist') {
    return {
      status: 'unusable',
      message: `${display} is a checklist, not an answers file; to answer it: opsc-audit assess ${display} -o answers.yaml`,
      diagnostics: [],
    };
  }
  if (kind !== 'answers' && !looksLikeAnswers(parsed.data)) {
    return {
      status: 'unusable',
      message: `${display} exists and is not an answers file (expected "format: opsc-audit/answers@1"); choose another file name`,
      diagnostics: [],
    };
  }
  const shape = validateAnswersDocument(parsed, display, undefined);
  if (!shape.value) {
    return {
      status: 'unusable',
      message: `${display}: the answers file has errors; ${fixIt}`,
      diagnostics: shape.diagnostics,
    };
  }
  return { status: 'ok', answers: shape.value };
}

/** A map with an answers file's keys whose `format` line was mistyped or lost. */
function looksLikeAnswers(data: unknown): boolean {
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return false;
  return ANSWERS_KEYS.some((key) => key in data);
}
