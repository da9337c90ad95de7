import type { Finding } from '../model/diagnostic.js';
import type { AnswersFile } from '../model/checklist.js';
import { translator } from '../i18n/format.js';

/**
 * Answers whose `by` names a key that is not in the file's `contributors`: who gave the answer is then unknown.
 * A warning, not an error: the answer itself is sound and is scored.
 */
export function contributorFindings(answers: AnswersFile): Finding[] {
  const t = translator();
  const known = new Set(Object.keys(answers.contributors ?? {}));
  const findings: Finding[] = [];
  for (const [id, answer] of Object.entries(answers.answers)) {
    (answer.by ?? []).forEach((key, i) => {
      if (known.has(key)) return;
      findings.push({
        code: 'unknown-contributor',
        severity: 'warning',
        path: ['answers', id, 'by', i],
        message: t('validate.unknown-contributor', { id, key }),
      });
    });
  }
  return findings;
}
