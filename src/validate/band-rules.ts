import type { Finding } from '../model/diagnostic.js';
import { localize, type Checklist } from '../model/checklist.js';
import { translator } from '../i18n/format.js';

/**
 * A band named like a level of a scale (`band-label-clash`, a warning): a report reading "Established (4 of 4)"
 * for an answer beside a band "Established" for a score says two different things with one word.
 */
export function bandFindings(checklist: Checklist): Finding[] {
  const t = translator();
  const lang = checklist.language;
  const scales = [
    { name: null, levels: checklist.scale },
    ...Object.entries(checklist.scales ?? {}).map(([name, levels]) => ({ name, levels })),
  ];
  const findings: Finding[] = [];
  checklist.bands.forEach((band, i) => {
    const label = localize(band.label, lang).trim();
    const key = label.toLocaleLowerCase(lang);
    for (const scale of scales) {
      const level = scale.levels.find((l) => localize(l.label, lang).trim().toLocaleLowerCase(lang) === key);
      if (!level) continue;
      findings.push({
        code: 'band-label-clash',
        severity: 'warning',
        path: ['bands', i, 'label'],
        message: t('validate.band-label-clash', { label, level: localize(level.label, lang).trim() }),
      });
      break;
    }
  });
  return findings;
}
