import { formatCount } from '../report/format-number.js';
import type { VersionDiff, VersionEntry } from './types.js';
import type { CompareView, SideView, VersionRow } from './view-types.js';

/** The questions added, removed or reworded between versions, and a sentence saying what was left out. */
export function describeVersions(
  diff: VersionDiff,
  sides: { base: SideView; current: SideView },
): { view: CompareView['versions']; sentence: string; excluded: number } {
  const row = (e: VersionEntry): VersionRow => ({
    id: e.id,
    text: e.text ?? null,
    previousText: e.previousText ?? null,
    answered:
      e.inBase && e.inCurrent
        ? 'answered in both'
        : e.inBase
          ? `answered in ${sides.base.label} only`
          : e.inCurrent
            ? `answered in ${sides.current.label} only`
            : 'answered in neither',
  });
  const excluded = diff.added.length + diff.removed.length + diff.reworded.length;
  const same = diff.baseVersion === diff.currentVersion && diff.currentVersion === diff.checklistVersion;
  const made = same
    ? `Both files were made against version ${diff.checklistVersion} of the checklist.`
    : `The files were made against versions ${diff.baseVersion} (${sides.base.label}) and ${diff.currentVersion} (${sides.current.label}) of the checklist; both are scored against version ${diff.checklistVersion}.`;
  const left =
    excluded > 0
      ? ` ${formatCount(excluded, 'question')} ${excluded === 1 ? 'is' : 'are'} left out of the comparison because ${excluded === 1 ? 'it' : 'they'} changed between versions: ${diff.added.length} added, ${diff.removed.length} removed, ${diff.reworded.length} reworded.`
      : '';
  return {
    sentence: `${made}${left}`,
    excluded,
    view: {
      sentence: `${made}${left}`,
      inferredNote: diff.inferred
        ? 'The checklist one of the files was made against is not at hand, so the questions added since were inferred from the questions that file mentions (a question it never reached counts as added). Name the earlier checklist with --base-checklist for an exact list.'
        : null,
      added: diff.added.map(row),
      removed: diff.removed.map(row),
      reworded: diff.reworded.map(row),
    },
  };
}
