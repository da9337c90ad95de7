import type { AnswersFile } from '../model/checklist.js';
import type { CompareMode } from './types.js';

type Respondent = AnswersFile['respondent'];

/** The kind of comparison and why: forced, same organization at two dates, different roles, or the default. */
export function chooseMode(
  base: Respondent,
  current: Respondent,
  forced?: CompareMode,
): { mode: CompareMode; reason: string } {
  if (forced) return { mode: forced, reason: `chosen with --mode ${forced}` };
  const org = (r: Respondent) => (r.organization ?? '').trim().replace(/\s+/g, ' ').toLowerCase();
  if (org(base) !== '' && org(base) === org(current) && base.date !== current.date) {
    return { mode: 'progress', reason: 'the same organization answered at two dates' };
  }
  if (base.role && current.role && base.role !== current.role) {
    return {
      mode: 'divergence',
      reason: `the respondents have different roles (${base.role}, ${current.role})`,
    };
  }
  return {
    mode: 'progress',
    reason: 'the respondents are not of different roles, so the later file is read as progress',
  };
}
