import { localize, type Contributor } from '../model/checklist.js';
import { contributorName } from '../model/contributor-name.js';
import { listOf, translator } from '../i18n/format.js';
import { oneLine } from '../text/sanitize.js';
import { describeAnswer } from '../interview/question-view.js';
import type { MergeItem, MergePlan, MergePosition } from './types.js';

/** A contributor in words: "Ministry of Justice (A. Mensah)", or whichever of the details it has. */
export function personName(who: Contributor | undefined, key: string): string {
  const t = translator();
  return oneLine(
    contributorName(who, key, (organization, name) => t('cli.merge.person', { name, organization })),
    120,
  );
}

/** A position's answer in the scale's words ("Implemented in part", "don't know"), never a key. */
export function positionAnswer(plan: MergePlan, id: string, position: MergePosition): string {
  const q = plan.index.byId.get(id);
  return q ? describeAnswer(plan.index, q, position.answer) : id;
}

/** Everyone who gave a position's answer, in words. */
export function positionWho(plan: MergePlan, position: MergePosition): string {
  return listOf((position.answer.by ?? []).map((key) => personName(plan.contributors[key], key)));
}

/** The organisations (else the names) who gave a position's answer: short enough for a menu. */
export function positionOrganizations(plan: MergePlan, position: MergePosition): string {
  const names = (position.answer.by ?? []).map((key) =>
    oneLine(contributorName(plan.contributors[key], key), 80),
  );
  return listOf([...new Set(names)]);
}

/** "“In part”: Ministry of Justice (A. Mensah), in justice.yaml": an answer, who gave it, and where. */
export function describePosition(plan: MergePlan, id: string, position: MergePosition): string {
  const who = positionWho(plan, position);
  const files = listOf([...new Set(position.sources.map((s) => plan.inputs[s.input]?.file ?? ''))]);
  return translator()('cli.merge.side', { answer: positionAnswer(plan, id, position), who, files });
}

/** One line for a conflict: the question id and every answer given, with who gave it. */
export function conflictLine(plan: MergePlan, item: Extract<MergeItem, { type: 'conflict' }>): string {
  const sides = listOf(item.positions.map((p) => describePosition(plan, item.id, p)));
  return translator()('cli.merge.conflictLine', { id: item.id, sides });
}

/** The question's text on one line, in the checklist's language. */
export function questionText(plan: MergePlan, id: string): string {
  const q = plan.index.byId.get(id);
  return q ? oneLine(localize(q.question.text, plan.index.checklist.language), 200) : id;
}
