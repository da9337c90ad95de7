import type { AnswersFile } from '../model/checklist.js';
import { writeFileAtomic } from '../load/write-output.js';
import { serializeAnswers } from './serialize.js';

/** Saves an answers file atomically: a reader never sees a half-written file. */
export async function writeAnswers(path: string, file: AnswersFile): Promise<void> {
  await writeFileAtomic(path, serializeAnswers(file));
}
