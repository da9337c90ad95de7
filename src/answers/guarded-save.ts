import { basename, dirname, extname, join } from 'node:path';
import type { AnswersFile } from '../model/checklist.js';
import { InputError } from '../errors.js';
import { writeAnswersBytes } from './write-answers.js';
import { fileExists } from '../load/file-exists.js';
import { DiskWatch, type DiskStamp } from './disk-stamp.js';
import { AnswersText } from './answers-text.js';
import { translator } from '../i18n/format.js';
import { quote } from '../text/shell-quote.js';

/** The answers file changed on disk under the interview; ours was saved beside it and nothing overwritten. */
export class SaveConflictError extends InputError {
  override name = 'SaveConflictError';
}

/** Where a file is, as a path and as messages name it. */
export interface Named {
  path: string;
  display: string;
}

/**
 * A save function for an interview: before every write it checks that the answers file is still the one
 * last read or written (size, then content; see compareWithDisk). If it is not, our answers go to a sibling
 * `<name>.conflict-<time>.yaml`, theirs stay untouched, and SaveConflictError names both. The function keeps
 * the file's text between saves (AnswersText), so a save renders only the answers that changed.
 */
export function guardedSave(
  target: Named,
  baseline: DiskStamp,
  options: { now: () => Date; resume: string },
): (file: AnswersFile, keys?: readonly string[]) => Promise<void> {
  const disk = new DiskWatch(baseline);
  let saved = false;
  const text = new AnswersText();
  return async (file, keys) => {
    const bytes = text.render(file, keys);
    const check = disk.compare(target.path);
    if (!check.same) {
      const ours = await conflictName(target, options.now());
      await writeAnswersBytes(ours.path, bytes);
      const files = {
        file: target.display,
        ours: ours.display,
        quoted: quote(target.display),
        quotedOurs: quote(ours.display),
        command: options.resume,
      };
      // The time as a timestamp (UTC, to the millisecond), for matching with the file's own times.
      throw new SaveConflictError(
        check.modified
          ? translator()('cli.save.conflictChanged', { ...files, time: check.modified.toISOString() })
          : translator()('cli.save.conflictGone', files),
      );
    }
    await writeAnswersBytes(target.path, bytes, saved);
    saved = true;
    // What we wrote is what is on disk now: kept as the stamp, not read back.
    disk.written(bytes);
  };
}

/** A free sibling name: `<name>.conflict-<yyyymmddThhmmssZ>[-n].yaml`. */
async function conflictName(target: Named, now: Date): Promise<Named> {
  const ext = extname(target.path) || '.yaml';
  const stem = basename(target.path, extname(target.path));
  const time = now
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d+Z$/, 'Z');
  for (let n = 1; ; n++) {
    const name = `${stem}.conflict-${time}${n === 1 ? '' : `-${n}`}${ext}`;
    const path = join(dirname(target.path), name);
    if (!(await fileExists(path))) return { path, display: join(dirname(target.display), name) };
  }
}
