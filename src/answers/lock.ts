import { readFile, unlink, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { InputError } from '../errors.js';
import { describeFsError } from '../load/read-text.js';
import { translator } from '../i18n/format.js';

/** Who holds an answers file: written as JSON into `<answers file>.lock`. */
export interface LockHolder {
  host: string;
  pid: number;
  started: string;
}

/** A lock this process holds; `release` removes the lock file if it is still ours. */
export interface AnswersLock {
  path: string;
  release: () => Promise<void>;
}

/** Asked when the lock was left by a dead interview on this host: true takes it over. */
export type TakeOver = (holder: LockHolder, lockName: string) => Promise<boolean>;

/** The lock file of an answers file: beside it, same name plus `.lock`. */
export function lockPathOf(answersPath: string): string {
  return `${answersPath}.lock`;
}

/**
 * Takes the exclusive lock on an answers file for a whole interview (lock file created with O_EXCL).
 * A lock held by a running interview, or one on another host, is refused with an InputError naming the
 * holder and how to remove the lock; a stale one (same host, process gone) is offered to `takeOver`.
 */
export async function acquireLock(
  answersPath: string,
  display: string,
  takeOver: TakeOver | undefined,
  now: () => Date = () => new Date(),
): Promise<AnswersLock> {
  const path = lockPathOf(answersPath);
  const lockName = lockPathOf(display);
  const mine: LockHolder = { host: hostname(), pid: process.pid, started: now().toISOString() };
  const t = translator();
  const names = { file: display, lock: lockName };
  for (let attempt = 0; attempt < 2; attempt++) {
    if (await create(path, mine, lockName)) return { path, release: () => release(path, mine) };
    const holder = await readHolder(path);
    if (holder === 'gone') continue;
    if (holder === undefined) throw new InputError(t('cli.lock.unreadable', names));
    const who = { ...names, pid: holder.pid, host: holder.host, started: holder.started };
    if (!isStale(holder)) throw new InputError(t('cli.lock.inUse', who));
    if (attempt > 0 || takeOver === undefined || !(await takeOver(holder, lockName))) {
      throw new InputError(t('cli.lock.stale', who));
    }
    await unlink(path).catch(ignoreMissing);
  }
  throw new InputError(t('cli.lock.raced', { file: display }));
}

async function create(path: string, holder: LockHolder, lockName: string): Promise<boolean> {
  try {
    await writeFile(path, `${JSON.stringify(holder)}\n`, { flag: 'wx' });
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    const why = describeFsError(lockName, error, 'create');
    throw new InputError(translator()('cli.lock.cannotCreate', { reason: why }), { cause: error });
  }
}

/** The holder named in a lock file; 'gone' when the file disappeared meanwhile, undefined when unreadable. */
async function readHolder(path: string): Promise<LockHolder | 'gone' | undefined> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'gone' : undefined;
  }
  try {
    const data = JSON.parse(text) as Partial<LockHolder> | null;
    if (
      typeof data?.host === 'string' &&
      Number.isSafeInteger(data.pid) &&
      typeof data.started === 'string'
    ) {
      return data as LockHolder;
    }
  } catch {
    // A lock file that is not JSON is reported as unreadable below.
  }
  return undefined;
}

/** Stale: left on this host by a process that no longer exists. A lock from another host is never stale. */
function isStale(holder: LockHolder): boolean {
  if (holder.host !== hostname()) return false;
  if (holder.pid === process.pid) return false;
  try {
    process.kill(holder.pid, 0);
    return false;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ESRCH';
  }
}

async function release(path: string, mine: LockHolder): Promise<void> {
  const holder = await readHolder(path);
  if (holder === 'gone' || holder === undefined) return;
  if (holder.pid === mine.pid && holder.started === mine.started && holder.host === mine.host) {
    await unlink(path).catch(ignoreMissing);
  }
}

function ignoreMissing(error: unknown): void {
  if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
}
