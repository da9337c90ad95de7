/** How much a report shows: `brief` (profile, actions, scores, short method) or `full` (adds the annex). */
export type ReportDetail = 'brief' | 'full';

/** The values of `report --detail`, the default first. */
export const REPORT_DETAILS: readonly ReportDetail[] = ['brief', 'full'];
