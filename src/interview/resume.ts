import type { ChecklistIndex } from '../model/checklist.js';
import type { ChecklistChange } from './changes.js';
import type { Prompter } from './prompter-types.js';
import { label } from './question-view.js';

/** What the respondent decided about answers made with a different checklist. */
export type ChangeDecision = 'review' | 'keep' | 'quit';

/** Reports how the checklist changed since the answers were made, and asks how to go on. */
export async function decideOnChanges(
  prompter: Prompter,
  index: ChecklistIndex,
  change: ChecklistChange,
  backupName: string,
): Promise<ChangeDecision> {
  const { checklist } = index;
  const version =
    change.fromVersion === change.toVersion
      ? `version ${change.toVersion}, but its content changed`
      : `version ${label(index, change.fromVersion, 40)}; it is now ${change.toVersion}`;
  const lines = [`\nThe checklist ${checklist.id} changed since these answers were made (${version}).`];
  if (change.changed.length === 0) lines.push('None of the questions you answered changed.');
  else {
    lines.push(`Answered questions that changed since (${change.changed.length}):`);
    for (const id of change.changed) {
      const q = index.byId.get(id);
      lines.push(`  ${id.padEnd(12)} ${q ? label(index, q.question.text, 90) : ''}`);
    }
  }
  if (change.removed.length > 0) {
    lines.push(
      `Answers to questions no longer in the checklist (${change.removed.length}): ${change.removed.map((id) => label(index, id, 40)).join(', ')}.`,
      `If you continue they are removed from the file; a copy of the file as it is now is kept in ${backupName}.`,
    );
  }
  prompter.print(lines.join('\n'));
  const choices = [
    ...(change.changed.length > 0
      ? [
          { value: 'review' as const, name: 'Continue, and ask the changed questions again first' },
          { value: 'keep' as const, name: 'Continue, keeping the answers to changed questions as they are' },
        ]
      : [{ value: 'keep' as const, name: 'Continue with the current checklist' }]),
    { value: 'quit' as const, name: 'Quit without changing the file' },
  ];
  return prompter.select('How do you want to go on?', choices);
}
