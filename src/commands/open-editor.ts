import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Io } from '../model/io.js';

/**
 * Opens the user's editor ($VISUAL, else $EDITOR, else vi, or notepad on Windows) on `text` in a private
 * temporary file and returns what was saved, without the final line break editors add. Undefined when the
 * editor could not be started or exited with an error: the caller goes on without it, nothing lost.
 */
export async function openEditor(text: string, env: Io['env']): Promise<string | undefined> {
  const command =
    (env.VISUAL ?? env.EDITOR ?? '').trim() || (process.platform === 'win32' ? 'notepad' : 'vi');
  // "code --wait" and the like: the program and its arguments, split at spaces (as git does without a shell).
  const [program = '', ...args] = command.split(/\s+/);
  const folder = await mkdtemp(join(tmpdir(), 'opsc-audit-note-'));
  const file = join(folder, 'note.txt');
  try {
    await writeFile(file, text, { encoding: 'utf8', mode: 0o600 });
    const run = spawnSync(program, [...args, file], { stdio: 'inherit' });
    if (run.error !== undefined || run.status !== 0) return undefined;
    return (await readFile(file, 'utf8')).replace(/\r?\n$/, '');
  } catch {
    return undefined;
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}
