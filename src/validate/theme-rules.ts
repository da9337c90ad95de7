import type { Finding } from '../model/diagnostic.js';
import { categoryId, type Checklist } from '../model/checklist.js';
import { translator } from '../i18n/format.js';

/** Fewest questions that must list a theme for its score to mean something. */
export const MIN_THEME_QUESTIONS = 3;

/**
 * Themes that say something: a question listing every theme of a checklist that declares two or more is a
 * cross-cutting measure and should list none (`all-themes`, a warning), and a declared theme needs at least
 * MIN_THEME_QUESTIONS questions of its own (`theme-too-few-questions`).
 */
export function themeFindings(checklist: Checklist): Finding[] {
  const t = translator();
  const declared = [...new Set(checklist.themes.map(categoryId))];
  const counts = new Map(declared.map((theme) => [theme, 0]));
  const findings: Finding[] = [];
  checklist.sections.forEach((section, si) => {
    section.questions.forEach((q, qi) => {
      // A question lists a few themes: each is counted once, even if listed twice, with no set (nor closure) made
      // for it: ten thousand questions pass here.
      const listed = q.themes;
      if (listed === undefined) return;
      for (let i = 0; i < listed.length; i++) {
        const theme = listed[i] ?? '';
        const count = counts.get(theme);
        if (count !== undefined && listed.indexOf(theme) === i) counts.set(theme, count + 1);
      }
      if (declared.length >= 2 && listsAll(listed, declared)) {
        findings.push({
          code: 'all-themes',
          severity: 'warning',
          path: ['sections', si, 'questions', qi, 'themes'],
          message: t('validate.all-themes', { id: q.id }),
        });
      }
    });
  });
  const reported = new Set<string>();
  checklist.themes.forEach((category, i) => {
    const theme = categoryId(category);
    const count = counts.get(theme) ?? 0;
    // A theme declared twice is reported once, at its first entry (the second is a duplicate-id error).
    if (count >= MIN_THEME_QUESTIONS || reported.has(theme)) return;
    reported.add(theme);
    findings.push({
      code: 'theme-too-few-questions',
      severity: 'error',
      path: ['themes', i],
      message: t('validate.theme-too-few-questions', { theme, count, min: MIN_THEME_QUESTIONS }),
    });
  });
  return findings;
}

function listsAll(listed: readonly string[], declared: readonly string[]): boolean {
  for (let i = 0; i < declared.length; i++) if (!listed.includes(declared[i] ?? '')) return false;
  return true;
}
