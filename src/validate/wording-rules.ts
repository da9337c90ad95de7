import type { Finding } from '../model/diagnostic.js';
import type { AnswersFile, ChecklistIndex } from '../model/checklist.js';
import { checklistDigest } from '../model/digest.js';
import { staleAnswers } from '../model/stale-answers.js';
import { translator } from '../i18n/format.js';

/**
 * Whether the answers can be trusted to fit the checklist's wording: one warning per answer given to an
 * earlier wording of its question (a relabelled scale level included), one for a checklist that changed
 * since, and one for a file with no checklist digest, whose answers could have been made against any wording.
 */
export function wordingFindings(answers: AnswersFile, index: ChecklistIndex): Finding[] {
  const t = translator();
  const { checklist } = index;
  const stale = staleAnswers(answers, index);
  const findings: Finding[] = stale.map((id) => ({
    code: 'question-changed',
    severity: 'warning',
    path: ['answers', id, 'digest'],
    message: t('validate.question-changed', { id }),
  }));
  const recorded = answers.checklist.digest;
  if (recorded === undefined) {
    findings.push({
      code: 'digest-missing',
      severity: 'warning',
      path: ['checklist'],
      message: t('validate.digest-missing', {
        digest: checklistDigest(checklist),
        version: checklist.version,
      }),
    });
  }
  if (recorded !== undefined && recorded !== checklistDigest(checklist)) {
    const params = {
      version: checklist.version,
      from: answers.checklist.version,
      to: checklist.version,
      count: stale.length,
      ids: stale.join(', '),
    };
    const changed = stale.length > 0;
    const message =
      answers.checklist.version === checklist.version
        ? t(
            changed ? 'validate.digest-mismatch.sameVersion.changed' : 'validate.digest-mismatch.sameVersion',
            params,
          )
        : t(
            changed ? 'validate.digest-mismatch.newVersion.changed' : 'validate.digest-mismatch.newVersion',
            params,
          );
    findings.push({
      code: 'digest-mismatch',
      severity: 'warning',
      path: ['checklist', 'digest'],
      message,
    });
  } else if (answers.checklist.version !== checklist.version) {
    findings.push({
      code: 'digest-mismatch',
      severity: 'warning',
      path: ['checklist', 'version'],
      message: t('validate.digest-mismatch.version', {
        answers: answers.checklist.version,
        checklist: checklist.version,
      }),
    });
  }
  return findings;
}
