import { randomBytes } from 'node:crypto';
import { readdir, realpath, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

// A temporary file is `.<name>.<pid>.<8 hex>.tmp` beside its target: the pid says whether its writer still runs.
const TEMP = /^(\d{1,10})\.[0-9a-f]{8}\.tmp$/;
// Versions up to 0.1.0 wrote `.<name>.XXXXXX/tmp` (mkdtemp): a folder holding one file, with no owner recorded.
const LEGACY = /^[A-Za-z0-9]{6}$/;
// Keeps `.<name>.<pid>.<hex>.tmp` within the 255 bytes a file name may have.
const MAX_STEM = 200;

/** The path of a new temporary file for `target`, in the same folder (so that renaming it over the target is atomic). */
export function tempPathFor(target: string): string {
  return join(dirname(target), `${prefixOf(target)}${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
}

/**
 * Removes the temporary files a killed save of `target` left beside it (they may hold a full copy of sensitive
 * answers): ours whose process is gone, and the folders older versions left. Never throws; files of a
 * running process are left alone.
 */
export async function removeStaleTemps(target: string): Promise<void> {
  const real = await realpath(target).catch(() => target); // the temporary files are beside the file a link names
  const dir = dirname(real);
  const prefix = prefixOf(real);
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    return;
  }
  for (const name of names) {
    if (!name.startsWith(prefix)) continue;
    const rest = name.slice(prefix.length);
    const temp = TEMP.exec(rest);
    if (temp) {
      if (!isRunning(Number(temp[1]))) await rm(join(dir, name), { force: true }).catch(() => undefined);
    } else if (LEGACY.test(rest)) {
      await removeLegacyTemp(join(dir, name));
    }
  }
}

function prefixOf(target: string): string {
  return `.${basename(target).slice(0, MAX_STEM)}.`;
}

/** Whether a process with this id exists (EPERM: it exists but belongs to another user). */
function isRunning(pid: number): boolean {
  if (pid <= 0) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function removeLegacyTemp(dir: string): Promise<void> {
  try {
    const entries = await readdir(dir, { withFileTypes: true });
    if (entries.every((e) => e.name === 'tmp' && e.isFile())) await rm(dir, { recursive: true, force: true });
  } catch {
    // not a folder, or already gone
  }
}
