import type { ChecklistIndex } from '../model/checklist.js';
import { FRAMEWORKS, frameworkEntry } from '../model/frameworks.js';
import { translator } from '../i18n/format.js';
import { aggregate } from './aggregate.js';
import type { BandInfo, FrameworkScore, QuestionScore } from './types.js';

/**
 * Scores by crosswalk framework: for each framework some question maps to in its `refs`, a group per entry over
 * the questions that name it (a question may name several), and the entries nothing maps to. Same formula as
 * every other group.
 */
export function frameworkScores(
  index: ChecklistIndex,
  questions: readonly QuestionScore[],
  bands: readonly BandInfo[],
): FrameworkScore[] {
  const t = translator();
  const scores: FrameworkScore[] = [];
  for (const framework of FRAMEWORKS) {
    const members = new Map<string, QuestionScore[]>();
    index.questions.forEach((q, i) => {
      const score = questions[i];
      if (!score) return;
      for (const value of q.question.refs?.[framework.key] ?? []) {
        const entry = frameworkEntry(framework, value);
        if (!entry) continue;
        const list = members.get(entry.id) ?? [];
        if (!list.includes(score)) list.push(score);
        members.set(entry.id, list);
      }
    });
    if (members.size === 0) continue;
    scores.push({
      key: framework.key,
      entries: framework.entries
        .filter((e) => members.has(e.id))
        .map((e) => aggregate(e.id, t(e.name), members.get(e.id) ?? [], bands)),
      unmapped: framework.entries
        .filter((e) => !members.has(e.id))
        .map((e) => ({ id: e.id, label: t(e.name) })),
    });
  }
  return scores;
}
