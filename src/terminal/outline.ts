import { DEFAULT_KIND } from '../model/answer-kinds/index.js';
import type { ChecklistIndex } from '../model/checklist.js';
import { categoryId, categoryLabel, localize } from '../model/checklist.js';
import { stripControl, oneLine } from '../text/sanitize.js';
import { translator, partSeparator, itemSeparator } from '../i18n/format.js';
import { formatDate } from '../text/format-date.js';
import { questionWeight } from '../model/basis.js';

/** A plain-text outline of a checklist: sections by pillar, questions with weight and sources. */
export function formatOutline(index: ChecklistIndex): string {
  const { checklist } = index;
  const t = translator();
  const lang = checklist.language;
  const text = (v: Parameters<typeof localize>[0]): string => oneLine(localize(v, lang), 400);
  const lines: string[] = [
    `${text(checklist.title)} (${checklist.id} ${checklist.version})`,
    t('words.outlineCounts', {
      questions: t('words.questionCount', { count: index.questions.length }),
      sections: t('words.sectionCount', { count: checklist.sections.length }),
    }),
  ];
  if (checklist.description) lines.push('', stripControl(localize(checklist.description, lang)).trim());
  lines.push('', t('words.sources'));
  for (const s of checklist.sources)
    lines.push(`  ${oneLine(s.id)}  ${text(s.title)}${s.date ? ` (${formatDate(s.date)})` : ''}`);
  for (const pillar of checklist.pillars) {
    const id = categoryId(pillar);
    const sections = checklist.sections.filter((s) => s.pillar === id);
    if (sections.length === 0) continue;
    lines.push('', text(categoryLabel(pillar, lang)).toUpperCase());
    for (const section of sections) {
      lines.push(`  ${text(section.title)} [${section.id}]`);
      for (const q of section.questions) {
        const cites = (q.sources ?? []).map((c) => `${c.source} ${String(c.para)}`).join(partSeparator());
        const extra = [
          q.kind !== undefined && q.kind !== DEFAULT_KIND ? q.kind : '',
          `w${questionWeight(q)}`,
          q.when || q.requires ? t('words.conditional') : '',
        ]
          .filter(Boolean)
          .join(itemSeparator());
        lines.push(`    ${q.id}  ${text(q.text)}`);
        lines.push(`      (${extra})${cites ? `  ${oneLine(cites, 300)}` : ''}`);
      }
    }
  }
  return `${lines.join('\n')}\n`;
}
