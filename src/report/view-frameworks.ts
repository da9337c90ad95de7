import type { MessageKey } from '../i18n/en.js';
import { listOf, type Translate } from '../i18n/format.js';
import type { Scorecard } from '../score/types.js';
import type { FrameworkView } from './view-types.js';
import { toScoreRow } from './view-scores.js';

// Each framework's words; a Map, so that a refs key is never looked up on Object.prototype.
const WORDS = new Map<string, { caption: MessageKey; heading: MessageKey }>([
  ['mnr', { caption: 'report.framework.mnr.caption', heading: 'report.framework.mnr.heading' }],
  [
    'crc-opsc-guidelines',
    { caption: 'report.framework.crcOpsc.caption', heading: 'report.framework.crcOpsc.heading' },
  ],
]);

/**
 * The scores by crosswalk framework (WeProtect MNR capability, CRC/C/156 section), one table each, with the
 * entries no question maps to named below it: what the checklist does not cover is as telling as its scores.
 */
export function buildFrameworkViews(card: Scorecard, t: Translate): FrameworkView[] {
  return card.frameworks.flatMap((f) => {
    const words = WORDS.get(f.key);
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
