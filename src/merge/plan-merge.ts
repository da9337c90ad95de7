import type { ChecklistIndex } from '../model/checklist.js';
import {
  addContributor,
  newContributorTable,
  respondentAsContributor,
  type ContributorTable,
} from './contributors.js';
import { combineSources } from './combine.js';
import { answerKey, isWeak } from './same-answer.js';
import type { MergeInput, MergeItem, MergePlan, MergePosition, MergeSource } from './types.js';

/**
 * Lines up the answers of several files of one checklist, question by question in checklist order: answered in
 * one file, answered the same in several (one combined answer), or answered differently (a conflict, one position
 * per distinct answer, in the order the files give them). Skipped answers count only where no file answers.
 */
export function planMerge(index: ChecklistIndex, inputs: readonly MergeInput[]): MergePlan {
  const table = newContributorTable();
  const respondentKeys: string[] = [];
  const sources = new Map<string, MergeSource[]>();
  inputs.forEach((input, i) => {
    const fallback = baseName(input.file);
    const own = addContributor(table, respondentAsContributor(input.answers.respondent), fallback);
    respondentKeys.push(own);
    const local = localKeys(table, input);
    for (const [id, answer] of Object.entries(input.answers.answers)) {
      const by = (answer.by ?? []).flatMap((k) => {
        const key = local.get(k);
        return key === undefined ? [] : [key];
      });
      const list = sources.get(id) ?? [];
      list.push({ input: i, answer, by: by.length > 0 ? by : [own] });
      sources.set(id, list);
    }
  });
  const items: MergeItem[] = [];
  for (const q of index.questions) {
    const id = q.question.id;
    const item = planQuestion(id, sources.get(id) ?? []);
    if (item) items.push(item);
  }
  const used = new Set(items.flatMap((item) => itemSources(item).flatMap((s) => s.by)));
  const contributors = Object.fromEntries(Object.entries(table.byKey).filter(([key]) => used.has(key)));
  return { index, inputs, contributors, respondentKeys, items };
}

/** Every source of a merged question, whatever its positions. */
export function itemSources(item: MergeItem): MergeSource[] {
  return item.type === 'one' ? item.position.sources : item.positions.flatMap((p) => p.sources);
}

function planQuestion(id: string, all: readonly MergeSource[]): MergeItem | undefined {
  const real = all.filter((s) => !isWeak(s.answer));
  if (real.length === 0) {
    const skipped = all.filter((s) => s.answer.skipped === true);
    return skipped.length > 0 ? { id, type: 'one', position: position(skipped) } : undefined;
  }
  const groups = new Map<string, MergeSource[]>();
  for (const s of real) {
    const key = answerKey(s.answer) ?? '';
    groups.set(key, [...(groups.get(key) ?? []), s]);
  }
  const positions = [...groups.values()].map(position);
  const [only] = positions;
  return positions.length === 1 && only
    ? { id, type: 'one', position: only }
    : { id, type: 'conflict', positions };
}

function position(sources: MergeSource[]): MergePosition {
  return { sources, answer: combineSources(sources) };
}

/** A file's own contributor keys mapped to merged keys. */
function localKeys(table: ContributorTable, input: MergeInput): Map<string, string> {
  const map = new Map<string, string>();
  for (const [key, who] of Object.entries(input.answers.contributors ?? {}))
    map.set(key, addContributor(table, who, key));
  return map;
}

/** "justice" for "answers/justice.yaml": names a respondent who gave no details. */
function baseName(file: string): string {
  const name = file.split(/[/\\]/).pop() ?? file;
  return name.replace(/\.(answers\.)?ya?ml$/i, '');
}
