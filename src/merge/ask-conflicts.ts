import type { Prompter } from '../interview/prompter-types.js';
import { oneLine } from '../text/sanitize.js';
import { listOf, translator } from '../i18n/format.js';
import { positionAnswer, positionOrganizations, positionWho, questionText } from './describe.js';
import type { Decision, MergeItem, MergePlan } from './types.js';

type Conflict = Extract<MergeItem, { type: 'conflict' }>;

/**
 * Asks which answer to keep for each conflict, one select each: the question, then every answer given with who
 * gave it, their notes and when; the choices name the answers in words.
 */
export async function askConflicts(
  plan: MergePlan,
  conflicts: readonly Conflict[],
  prompter: Prompter,
): Promise<Decision[]> {
  const t = translator();
  const decisions: Decision[] = [];
  for (const [n, item] of conflicts.entries()) {
    const lines = [
      '',
      t('cli.merge.ask.heading', { n: n + 1, count: conflicts.length, id: item.id }),
      questionText(plan, item.id),
    ];
    for (const position of item.positions) {
      const files = listOf([...new Set(position.sources.map((s) => plan.inputs[s.input]?.file ?? ''))]);
      lines.push(
        '',
        `  ${t('cli.merge.ask.side', { answer: positionAnswer(plan, item.id, position), who: positionWho(plan, position) })}`,
      );
      lines.push(
        `    ${position.answer.answered === undefined ? t('cli.merge.ask.in', { files }) : t('cli.merge.ask.inAt', { files, time: position.answer.answered })}`,
      );
      const notes = position.answer.notes ?? position.answer.na?.reason;
      if (notes !== undefined) lines.push(`    ${t('cli.merge.ask.notes', { notes: oneLine(notes, 400) })}`);
    }
    prompter.print(lines.join('\n'));
    const choices = item.positions.map((position, i) => ({
      value: String(i),
      // One line even at 60 columns, so that every choice stays in view; the lines above say it in full.
      name: oneLine(
        t('cli.merge.ask.choice', {
          answer: positionAnswer(plan, item.id, position),
          who: positionOrganizations(plan, position),
        }),
        52,
      ),
    }));
    const picked = await prompter.select(t('cli.merge.ask.which', { id: item.id }), choices);
    decisions.push({ id: item.id, chosen: Number(picked), how: 'asked' });
  }
  return decisions;
}
