import { listOf, translator } from '../i18n/format.js';
import { describePosition, personName } from './describe.js';
import { isWeak } from './same-answer.js';
import type { MessageKey } from '../i18n/en.js';
import type { Decision, MergePlan, Resolution } from './types.js';

const RESOLVED: Record<Resolution, MessageKey> = {
  latest: 'cli.merge.summary.resolved.latest',
  first: 'cli.merge.summary.resolved.first',
  asked: 'cli.merge.summary.resolved.asked',
};

/**
 * What the merge did, for the person who ran it: the files and who answered each, how many answers the merged
 * file holds, how many were given the same in several files, and every conflict with the answer kept and how.
 */
export function mergeSummary(plan: MergePlan, decisions: readonly Decision[], output: string): string[] {
  const t = translator();
  const lines = [
    plan.inputs.length === 1
      ? t('cli.merge.summary.single', { output })
      : t('cli.merge.summary.files', { count: plan.inputs.length, output }),
  ];
  plan.inputs.forEach((input, i) => {
    const key = plan.respondentKeys[i] ?? '';
    const answers = Object.values(input.answers.answers).filter((a) => !isWeak(a)).length;
    const who = personName(plan.contributors[key] ?? input.answers.respondent, key);
    lines.push(`  ${t('cli.merge.summary.file', { file: input.file, who, count: answers })}`);
  });
  const answered = plan.items.filter((item) => item.type === 'conflict' || !item.position.answer.skipped);
  const agreed = plan.items.filter(
    (item) => item.type === 'one' && new Set(item.position.sources.map((s) => s.input)).size > 1,
  );
  lines.push(t('cli.merge.summary.answers', { count: answered.length }));
  lines.push(
    agreed.length === 0
      ? t('cli.merge.summary.noneAgreed')
      : t('cli.merge.summary.agreed', { count: agreed.length }),
  );
  lines.push(
    decisions.length === 0
      ? t('cli.merge.summary.noConflicts')
      : t('cli.merge.summary.conflicts', { count: decisions.length }),
  );
  const items = new Map(plan.items.map((item) => [item.id, item]));
  for (const decision of decisions) {
    const item = items.get(decision.id);
    if (item?.type !== 'conflict') continue;
    const kept = item.positions[decision.chosen];
    if (!kept) continue;
    const others = item.positions.filter((p) => p !== kept).map((p) => describePosition(plan, item.id, p));
    lines.push(
      `  ${t(RESOLVED[decision.how], {
        id: item.id,
        kept: describePosition(plan, item.id, kept),
        over: listOf(others),
      })}`,
    );
  }
  return lines;
}
