import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { AnswersFile } from '../model/checklist.js';
import { readAnswersShape } from './read-answers.js';

/** An answers file found in a folder: usable (its content), or unusable (the one-line reason). */
export type FoundAnswers =
  | { path: string; modified: Date; ok: true; answers: AnswersFile }
  | { path: string; modified: Date; ok: false; message: string };

/** How far the search goes: files over `maxBytes` are left out, and at most `maxFiles` files are opened in all. */
export interface FindLimits {
  maxBytes: number;
  maxFiles: number;
}

/** Answers files are small (a whole checklist answered with notes is well under 1 MiB); a folder may be busy. */
export const FIND_LIMITS: FindLimits = { maxBytes: 4 * 1024 * 1024, maxFiles: 300 };

// A conflict copy (answers/guarded-save.ts) is kept for comparing, not for resuming.
const CANDIDATE = /^[^.].*(?<!\.conflict-[\dTZ-]+)\.ya?ml$/i;
const MARK = 'opsc-audit/answers@1';

/**
 * The answers files at the top level of each folder (absolute paths; a folder that cannot be listed is passed
 * over). A YAML file that does not say it is an answers file is left out; one that says so but cannot be used is
 * returned with the reason. Nothing here throws on a file's content.
 */
export async function findAnswersFiles(
  folders: readonly string[],
  limits: FindLimits = FIND_LIMITS,
): Promise<FoundAnswers[]> {
  const found: FoundAnswers[] = [];
  let opened = 0;
  for (const folder of folders) {
    const names = await readdir(folder).catch(() => [] as string[]);
    for (const name of names.filter((n) => CANDIDATE.test(n)).sort()) {
      if (opened >= limits.maxFiles) return found;
      const path = join(folder, name);
      const info = await stat(path).catch(() => undefined);
      if (!info?.isFile() || info.size > limits.maxBytes) continue;
      opened++;
      const text = await readFile(path, 'utf8').catch(() => '');
      if (!text.includes(MARK)) continue;
      const read = await readAnswersShape(path, { cwd: folder, purpose: 'resume' });
      found.push(
        read.ok
          ? { path, modified: info.mtime, ok: true, answers: read.answers }
          : { path, modified: info.mtime, ok: false, message: read.message },
      );
    }
  }
  return found;
}
