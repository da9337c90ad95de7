import type { ChecklistIndex } from '../model/checklist.js';
import { localize } from '../model/checklist.js';
import { questionDigest } from '../model/digest.js';
import { headerVouches, isCurrentDigest } from '../model/stale-answers.js';
import type { CompareSide, VersionDiff, VersionEntry } from './types.js';

/** The questions one side was asked, with the digest of the wording it answered (when known). */
interface QuestionSet {
  exact: boolean;
  index: ChecklistIndex | undefined;
  ids: string[];
  digests: Map<string, string | undefined>;
}

/** The checklist a side was made against: its own when given, else the compared one if the versions match. */
export function sideChecklist(side: CompareSide, index: ChecklistIndex): ChecklistIndex | undefined {
  if (side.index) return side.index;
  return side.answers.checklist.version === index.checklist.version ? index : undefined;
}

/**
 * Lists the questions added, removed or reworded between the versions two answers files were made against,
 * and the questions left to compare. Without a side's checklist, its question set is inferred from its file.
 */
export function diffVersions(base: CompareSide, current: CompareSide, index: ChecklistIndex): VersionDiff {
  const b = questionSet(base, index);
  const c = questionSet(current, index);
  const known = new Map(index.questions.map((q) => [q.question.id, questionDigest(q)]));
  const lang = index.checklist.language;
  const entry = (id: string, text: string | undefined, previousText?: string): VersionEntry => ({
    id,
    text,
    previousText,
    inBase: Object.hasOwn(base.answers.answers, id),
    inCurrent: Object.hasOwn(current.answers.answers, id),
  });
  const textOf = (ix: ChecklistIndex | undefined, id: string): string | undefined => {
    const q = ix?.byId.get(id);
    return q ? localize(q.question.text, ix?.checklist.language ?? lang) : undefined;
  };

  const added: VersionEntry[] = [];
  const reworded: VersionEntry[] = [];
  const comparable: string[] = [];
  for (const q of index.questions) {
    const id = q.question.id;
    const text = localize(q.question.text, lang);
    if (!b.digests.has(id) || !c.digests.has(id)) {
      added.push(entry(id, text));
      continue;
    }
    const digest = known.get(id);
    const seen = [b.digests.get(id), c.digests.get(id)].filter((d): d is string => d !== undefined);
    if (seen.some((d) => d !== digest)) {
      const previous = textOf(b.index, id);
      reworded.push(entry(id, text, previous !== text ? previous : undefined));
      continue;
    }
    comparable.push(id);
  }
  const removed: VersionEntry[] = [];
  for (const id of new Set([...b.ids, ...c.ids])) {
    if (!known.has(id)) removed.push(entry(id, textOf(b.index, id) ?? textOf(c.index, id)));
  }
  return {
    baseVersion: base.answers.checklist.version,
    currentVersion: current.answers.checklist.version,
    checklistVersion: index.checklist.version,
    added,
    removed,
    reworded,
    inferred: !b.exact || !c.exact,
    comparable,
  };
}

function questionSet(side: CompareSide, index: ChecklistIndex): QuestionSet {
  const own = sideChecklist(side, index);
  const answers = side.answers.answers;
  const digests = new Map<string, string | undefined>();
  if (own) {
    // Digests that are current for the side's own checklist (an older form included, where the header vouches
    // for it) are read in today's form, so that only a real change of wording differs from the compared one.
    const vouched = headerVouches(side.answers, own);
    for (const q of own.questions) {
      const id = q.question.id;
      const recorded = answers[id]?.digest;
      const current = recorded === undefined || isCurrentDigest(recorded, q, vouched);
      digests.set(id, current ? questionDigest(q) : recorded);
    }
  }
  for (const [id, answer] of Object.entries(answers)) {
    if (!digests.has(id)) digests.set(id, answer.digest);
  }
  return { exact: own !== undefined, index: own, ids: [...digests.keys()], digests };
}
