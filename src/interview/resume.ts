import type { ChecklistIndex } from '../model/checklist.js';
import type { ChecklistChange } from './changes.js';
import type { Prompter } from './prompter-types.js';
import { label } from './question-view.js';
import { translator, itemSeparator } from '../i18n/format.js';

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
  const t = translator();
  const version =
    change.fromVersion === change.toVersion
      ? t('interview.changes.sameVersion', { version: change.toVersion })
      : t('interview.changes.newVersion', {
          from: label(index, change.fromVersion, 40),
          to: change.toVersion,
        });
  const lines = [t('interview.changes.heading', { id: checklist.id, version })];
  if (change.changed.length === 0) lines.push(t('interview.changes.noneChanged'));
  else {
    lines.push(t('interview.changes.changed', { count: change.changed.length }));
    for (const id of change.changed) {
      const q = index.byId.get(id);
      lines.push(`  ${id.padEnd(12)} ${q ? label(index, q.question.text, 90) : ''}`);
    }
  }
  if (change.removed.length > 0) {
    lines.push(
      t('interview.changes.removed', {
        count: change.removed.length,
        ids: change.removed.map((id) => label(index, id, 40)).join(itemSeparator()),
      }),
      t('interview.changes.backup', { backup: backupName }),
    );
  }
  prompter.print(lines.join('\n'));
  const choices = [
    ...(change.changed.length > 0
      ? [
          { value: 'review' as const, name: t('interview.changes.review') },
          { value: 'keep' as const, name: t('interview.changes.keep') },
        ]
      : [{ value: 'keep' as const, name: t('interview.changes.continue') }]),
    { value: 'quit' as const, name: t('interview.changes.quit') },
  ];
  return prompter.select(t('interview.changes.prompt'), choices);
}
