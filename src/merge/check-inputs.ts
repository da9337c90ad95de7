import { translator } from '../i18n/format.js';
import type { MergeInput } from './types.js';

/**
 * Why the files cannot be merged, or undefined when they can: every file must name the same checklist id and
 * version, and the same checklist digest where both record one. The message names the first file that differs
 * and what each of the two is for.
 */
export function mergeRefusal(inputs: readonly MergeInput[]): string | undefined {
  const [first, ...rest] = inputs;
  if (!first) return undefined;
  const a = first.answers.checklist;
  const t = translator();
  for (const other of rest) {
    const b = other.answers.checklist;
    const names = {
      first: first.file,
      file: other.file,
      firstId: a.id,
      firstVersion: a.version,
      id: b.id,
      version: b.version,
    };
    if (a.id !== b.id) return t('cli.merge.otherChecklist', names);
    if (a.version !== b.version) return t('cli.merge.otherVersion', names);
    if (a.digest !== undefined && b.digest !== undefined && a.digest !== b.digest)
      return t('cli.merge.otherDigest', names);
  }
  return undefined;
}
