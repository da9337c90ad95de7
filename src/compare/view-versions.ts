import type { Translate } from '../i18n/format.js';
import type { VersionDiff, VersionEntry } from './types.js';
import type { CompareView, SideView, VersionRow } from './view-types.js';

/** The questions added, removed or reworded between versions, and a sentence saying what was left out. */
export function describeVersions(
  diff: VersionDiff,
  sides: { base: SideView; current: SideView },
  t: Translate,
): { view: CompareView['versions']; sentence: string; excluded: number } {
  const row = (e: VersionEntry): VersionRow => ({
    id: e.id,
    text: e.text ?? null,
    previousText: e.previousText ?? null,
    answered:
      e.inBase && e.inCurrent
        ? t('compare.versions.inBoth')
        : e.inBase
          ? t('compare.versions.inOne', { label: sides.base.label })
          : e.inCurrent
            ? t('compare.versions.inOne', { label: sides.current.label })
            : t('compare.versions.inNeither'),
  });
  const excluded = diff.added.length + diff.removed.length + diff.reworded.length;
  const same = diff.baseVersion === diff.currentVersion && diff.currentVersion === diff.checklistVersion;
  const made = same
    ? t('compare.versions.same', { version: diff.checklistVersion })
    : t('compare.versions.different', {
        baseVersion: diff.baseVersion,
        base: sides.base.label,
        currentVersion: diff.currentVersion,
        current: sides.current.label,
        version: diff.checklistVersion,
      });
  const left =
    excluded > 0
      ? t('compare.versions.left', {
          count: excluded,
          added: diff.added.length,
          removed: diff.removed.length,
          reworded: diff.reworded.length,
        })
      : '';
  return {
    sentence: `${made}${left}`,
    excluded,
    view: {
      sentence: `${made}${left}`,
      inferredNote: diff.inferred ? t('compare.versions.inferred') : null,
      added: diff.added.map(row),
      removed: diff.removed.map(row),
      reworded: diff.reworded.map(row),
    },
  };
}
