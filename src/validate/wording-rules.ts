import type { Finding } from '../model/diagnostic.js';
import type { AnswersFile, ChecklistIndex } from '../model/checklist.js';
import { checklistDigest } from '../model/digest.js';
import { staleAnswers } from '../model/stale-answers.js';

/**
 * Whether the answers can be trusted to fit the checklist's wording: one warning per answer given to an
 * earlier wording of its question (a relabelled scale level included), one for a checklist that changed
 * since, and one for a file with no checklist digest, whose answers could have been made against any wording.
 */
export function wordingFindings(answers: AnswersFile, index: ChecklistIndex): Finding[] {
  const { checklist } = index;
  const stale = staleAnswers(answers, index);
  const findings: Finding[] = stale.map((id) => ({
    code: 'question-changed',
    severity: 'warning',
    path: ['answers', id, 'digest'],
    message: `${id} was reworded, or its scale or options changed, since it was answered; the answer is scored as it stands: review it`,
  }));
  const recorded = answers.checklist.digest;
  if (recorded === undefined) {
    findings.push({
      code: 'digest-missing',
      severity: 'warning',
      path: ['checklist'],
      message: `the file records no checklist digest, so its scores cannot be checked against wording changes in the checklist (add "digest: ${checklistDigest(checklist)}" under "checklist" once the answers are checked against version ${checklist.version})`,
    });
  }
  if (recorded !== undefined && recorded !== checklistDigest(checklist)) {
    const version =
      answers.checklist.version === checklist.version
        ? `still ${checklist.version}`
        : `${answers.checklist.version} -> ${checklist.version}`;
    const what =
      stale.length === 0
        ? 'no answered question changed'
        : `${stale.length} answered question${stale.length === 1 ? '' : 's'} changed since (${stale.join(', ')})`;
    findings.push({
      code: 'digest-mismatch',
      severity: 'warning',
      path: ['checklist', 'digest'],
      message: `the checklist changed since these answers were made (version ${version}); ${what}`,
    });
  } else if (answers.checklist.version !== checklist.version) {
    findings.push({
      code: 'digest-mismatch',
      severity: 'warning',
      path: ['checklist', 'version'],
      message: `answers were made against version ${answers.checklist.version}; the checklist is ${checklist.version}`,
    });
  }
  return findings;
}
