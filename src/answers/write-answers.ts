import type { AnswersFile } from '../model/checklist.js';
import { writeFileAtomic } from '../output/write-file.js';
import { serializeAnswers } from './serialize.js';

/**
 * Saves an answers file atomically: a reader never sees a half-written file. Answers can be sensitive: a new
 * file (and every temporary file) is readable by its owner only; a file being replaced keeps its permissions.
 */
export async function writeAnswers(path: string, file: AnswersFile): Promise<void> {
  await writeAnswersBytes(path, Buffer.from(serializeAnswers(file), 'utf8'));
}

/**
 * Saves an answers file already rendered (as serializeAnswers renders it), as writeAnswers does. `again`: this
 * process saved this file before, and looked then for temporary files a killed save left beside it.
 */
export async function writeAnswersBytes(path: string, bytes: Uint8Array, again = false): Promise<void> {
  await writeFileAtomic(path, bytes, { newFileMode: 0o600, removeStaleTemps: !again });
}
