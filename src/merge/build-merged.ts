import type { Answer, AnswersFile } from '../model/checklist.js';
import { reconcileConditions } from '../interview/skip-logic.js';
import type { Decision, MergePlan } from './types.js';

/**
 * The merged answers file: the checklist the inputs share; as respondent, each detail from the first file that
 * gives it (argument order: put the coordinating body first) and the latest respondent date; every contributor;
 * one answer per question (a conflict's as decided); then the marks of conditions recomputed as the interview does.
 */
export function buildMergedFile(plan: MergePlan, decisions: readonly Decision[], now: Date): AnswersFile {
  const chosen = new Map(decisions.map((d) => [d.id, d.chosen]));
  const answers: Record<string, Answer> = {};
  for (const item of plan.items) {
    // Every conflict has a decision (the command settles each before building); the first position otherwise.
    const position = item.type === 'one' ? item.position : item.positions[chosen.get(item.id) ?? 0];
    if (position) answers[item.id] = position.answer;
  }
  reconcileConditions(plan.index, answers, now);
  const headers = plan.inputs.map((input) => input.answers.checklist);
  const digest = headers.find((h) => h.digest !== undefined)?.digest;
  const first = headers[0] ?? plan.index.checklist;
  return {
    format: 'opsc-audit/answers@1',
    checklist: { id: first.id, version: first.version, ...(digest === undefined ? {} : { digest }) },
    ...mergedLanguage(plan),
    respondent: mergedRespondent(plan),
    contributors: plan.contributors,
    answers,
  };
}

/** The language of the merged answers: the one every input was answered in; none when they differ or say none. */
function mergedLanguage(plan: MergePlan): Pick<AnswersFile, 'language'> {
  const languages = new Set(plan.inputs.map(({ answers }) => answers.language));
  const [only] = languages;
  return languages.size === 1 && only !== undefined ? { language: only } : {};
}

function mergedRespondent(plan: MergePlan): AnswersFile['respondent'] {
  const out: AnswersFile['respondent'] = {};
  for (const { answers } of plan.inputs) {
    const r = answers.respondent;
    out.country ??= r.country;
    out.organization ??= r.organization;
    out.role ??= r.role;
    out.name ??= r.name;
    if (r.date !== undefined && (out.date === undefined || r.date > out.date)) out.date = r.date;
  }
  for (const key of Object.keys(out) as (keyof typeof out)[])
    // eslint-disable-next-line @typescript-eslint/no-dynamic-delete -- a detail no file gives is left out
    if (out[key] === undefined) delete out[key];
  return out;
}
