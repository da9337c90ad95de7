import { listOf, type Translate } from '../i18n/format.js';
import { frameworkByKey } from '../model/frameworks.js';
import type { Scorecard } from '../score/types.js';
import type { FrameworkView } from './view-types.js';
import { toScoreRow } from './view-scores.js';

/**
 * The scores by crosswalk framework (WeProtect MNR capability, CRC/C/156 section), one table each, with the
 * entries no question maps to named below it: what the checklist does not cover is as telling as its scores.
 */
export function buildFrameworkViews(card: Scorecard, t: Translate): FrameworkView[] {
  return card.frameworks.flatMap((f) => {
    const words = frameworkByKey(f.key)?.words;
    if (!words) return [];
    return [
      {
        key: f.key,
        caption: t(words.caption),
        heading: t(words.heading),
        rows: f.entries.map((g) => toScoreRow({ ...g, label: `${g.id} ${g.label}` }, card, t)),
        unmapped:
          f.unmapped.length > 0
            ? t('report.framework.unmapped', { list: listOf(f.unmapped.map((e) => `${e.id} ${e.label}`)) })
            : null,
      },
    ];
  });
}
