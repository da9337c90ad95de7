import type { AnswersFile } from '../model/checklist.js';
import type { CompareMode, ModeReason } from './types.js';

type Respondent = AnswersFile['respondent'];

/** The kind of comparison and why: forced, same organization at two dates, different roles, or the default. */
export function chooseMode(
  base: Respondent,
  current: Respondent,
  forced?: CompareMode,
): { mode: CompareMode; reason: ModeReason } {
  if (forced) return { mode: forced, reason: { key: 'compare.mode.forced', params: { mode: forced } } };
  const org = (r: Respondent) => (r.organization ?? '').trim().replace(/\s+/g, ' ').toLowerCase();
  if (org(base) !== '' && org(base) === org(current) && base.date !== current.date) {
    return { mode: 'progress', reason: { key: 'compare.mode.sameOrganization' } };
  }
  if (base.role && current.role && base.role !== current.role) {
    return {
      mode: 'divergence',
      reason: { key: 'compare.mode.differentRoles', params: { base: base.role, current: current.role } },
    };
  }
  return { mode: 'progress', reason: { key: 'compare.mode.default' } };
}
