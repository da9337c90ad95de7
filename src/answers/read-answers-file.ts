import { stat } from 'node:fs/promises';
import type { Diagnostic } from '../model/diagnostic.js';
import type { AnswersFile } from '../model/checklist.js';
import { loadYamlFile } from '../load/load-file.js';
import { documentKind, validateAnswersDocument } from '../validate/validate-document.js';

/** An answers file on disk, read for resuming: absent, well-formed, or unusable (with why). */
export type ExistingAnswers =
  | { status: 'missing' }
  | { status: 'ok'; answers: AnswersFile }
  | { status: 'unusable'; message: string; diagnostics: Diagnostic[] };

/**
 * Reads an answers file checked against the schema only, so answers made with an older checklist
 * can still be loaded and their differences reported; `display` names the file in messages.
 */
export async function readAnswersFile(file: string, display: string): Promise<ExistingAnswers> {
  try {
    await stat(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { status: 'missing' };
  }
  const loaded = await loadYamlFile(file);
  if (loaded.status === 'fatal') return { status: 'unusable', message: loaded.message, diagnostics: [] };
  if (loaded.status === 'invalid') {
    const diagnostics = loaded.diagnostics.map((d) => ({ ...d, file: display }));
    return { status: 'unusable', message: `${display}: not a usable answers file`, diagnostics };
  }
  if (documentKind(loaded.parsed.data) !== 'answers') {
    return {
      status: 'unusable',
      message: `${display} exists and is not an answers file (expected "format: opsc-audit/answers@1"); choose another file name`,
      diagnostics: [],
    };
  }
  const shape = validateAnswersDocument(loaded.parsed, display, undefined);
  if (!shape.value) {
    return {
      status: 'unusable',
      message: `${display}: the answers file has errors; fix them (opsc-audit validate ${display}) or choose another file`,
      diagnostics: shape.diagnostics,
    };
  }
  return { status: 'ok', answers: shape.value };
}
