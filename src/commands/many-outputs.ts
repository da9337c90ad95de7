import { join } from 'node:path';
import type { Io } from '../model/io.js';
import { EXIT, InputError, UsageError } from '../errors.js';
import { namesFolder, prepareOutputFolder } from '../output/output-folder.js';
import { basename } from '../text/file-name.js';
import { oneLine } from '../text/sanitize.js';
import { quote } from '../text/shell-quote.js';
import { translator } from '../i18n/format.js';

/** One file of a command run for several inputs: what it is made from (for messages), its name, how to make it. */
export interface FolderJob {
  /** The input (or inputs) it is made from, as typed. */
  from: string;
  /** Its file name in the folder. */
  name: string;
  /** Renders and writes it to `output` (the folder joined with the name); an InputError fails this job only. */
  run(output: string): Promise<void>;
}

/**
 * What an input's outputs are named after: its file name without the folder, the `.yaml`/`.yml` extension and an
 * `.answers` before it (`kenya.answers.yaml` -> `kenya`).
 */
export function outputStem(path: string): string {
  return basename(path)
    .replace(/\.ya?ml$/i, '')
    .replace(/(.)\.answers$/i, '$1');
}

/**
 * Where a command with these inputs writes: undefined for one output as before (`-o FILE` or standard output),
 * else the folder `-o` names. Several inputs (several arguments, or a glob) need one; with a single input, `-o`
 * naming an existing folder or ending with `/` writes into that folder.
 */
export async function outputFolder(
  several: boolean,
  output: string | undefined,
  io: Io,
  example: string,
): Promise<string | undefined> {
  if (output === undefined || output === '-') {
    if (several) throw new UsageError(translator()('cli.many.needsFolder', { example }));
    return undefined;
  }
  return several || (await namesFolder(output, io.cwd)) ? output : undefined;
}

/**
 * Runs the jobs one after the other, each writing its file into `folder` (created when missing). Two jobs that
 * would write the same name are refused before anything is written. A job that fails with an InputError (an
 * unusable input) is reported in one line and the others still run: exit 1 when some failed, 2 when all did.
 */
export async function runIntoFolder(jobs: readonly FolderJob[], folder: string, io: Io): Promise<number> {
  const t = translator();
  const seen = new Map<string, FolderJob>();
  for (const job of jobs) {
    // Compared as a case-insensitive file system would (macOS, Windows): one would overwrite the other.
    const key = job.name.toLowerCase();
    const first = seen.get(key);
    if (first)
      throw new UsageError(
        t('cli.many.sameName', { first: quote(first.from), second: quote(job.from), output: job.name }),
      );
    seen.set(key, job);
  }
  await prepareOutputFolder(folder, io.cwd);
  let failed = 0;
  for (const job of jobs) {
    try {
      await job.run(join(folder, job.name));
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      io.stderr.write(`opsc-audit: ${oneLine(error.message, 1000)}\n`);
      failed++;
    }
  }
  if (failed === 0) return EXIT.ok;
  if (failed === jobs.length) throw new InputError(t('cli.many.noneDone', { count: jobs.length }));
  io.stderr.write(`opsc-audit: ${t('cli.many.someFailed', { failed, count: jobs.length })}\n`);
  return EXIT.problems;
}
