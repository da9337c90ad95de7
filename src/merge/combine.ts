import type { Answer, Evidence } from '../model/checklist.js';
import type { MergeSource } from './types.js';
import { isConditionRecord } from '../model/applicability.js';

/**
 * Several files' agreeing answers as one: what they say (from the latest), every distinct note and "not
 * applicable" reason in file order (exact repeats once, separated by a blank line), every distinct evidence item
 * (same title, link and date: once; private if any copy is), the responsible entity and target date of the
 * latest source that gives them (they never make a conflict), the latest answer time and question digest, and
 * everyone who gave it in `by`.
 */
export function combineSources(sources: readonly MergeSource[]): Answer {
  const latest = latestSource(sources);
  const out: Answer = {};
  const base = latest.answer;
  if (base.level !== undefined) out.level = base.level;
  else if (base.value !== undefined) out.value = base.value;
  else if (base.na !== undefined) {
    const reason = joinTexts(sources.map((s) => s.answer.na?.reason));
    out.na = sources.every((s) => isConditionRecord(s.answer)) ? { reason, byCondition: true } : { reason };
  } else if (base.unknown) out.unknown = true;
  else if (base.skipped) out.skipped = true;
  const notes = joinTexts(sources.map((s) => s.answer.notes));
  if (notes !== '') out.notes = notes;
  const evidence = combineEvidence(sources.flatMap((s) => s.answer.evidence ?? []));
  if (evidence.length > 0) out.evidence = evidence;
  const responsible = latestGiven(sources, 'responsible');
  if (responsible !== undefined) out.responsible = responsible;
  const target = latestGiven(sources, 'target');
  if (target !== undefined) out.target = target;
  if (base.digest !== undefined) out.digest = base.digest;
  if (base.answered !== undefined) out.answered = base.answered;
  const by = [...new Set(sources.flatMap((s) => s.by))];
  if (by.length > 0) out.by = by;
  return out;
}

/** The source answered last (by its `answered` time; without one, the first source). */
export function latestSource(sources: readonly MergeSource[]): MergeSource {
  return sources.reduce((best, s) => (answeredTime(s.answer) > answeredTime(best.answer) ? s : best));
}

/** An answer's time in milliseconds, or -Infinity when it has none. */
export function answeredTime(answer: Answer): number {
  const time = answer.answered === undefined ? Number.NaN : Date.parse(answer.answered);
  return Number.isNaN(time) ? Number.NEGATIVE_INFINITY : time;
}

/** The value of a text field from the latest source where it is not empty (undefined when none gives it). */
function latestGiven(sources: readonly MergeSource[], key: 'responsible' | 'target'): string | undefined {
  const giving = sources.filter((s) => (s.answer[key]?.trim() ?? '') !== '');
  return giving.length > 0 ? latestSource(giving).answer[key]?.trim() : undefined;
}

function joinTexts(texts: readonly (string | undefined)[]): string {
  const seen = new Set<string>();
  const kept: string[] = [];
  for (const text of texts) {
    const trimmed = text?.trim() ?? '';
    if (trimmed === '' || seen.has(trimmed)) continue;
    seen.add(trimmed);
    kept.push(trimmed);
  }
  return kept.join('\n\n');
}

function combineEvidence(items: readonly Evidence[]): Evidence[] {
  const kept = new Map<string, Evidence>();
  for (const item of items) {
    const key = JSON.stringify([item.title.trim(), item.url?.trim() ?? '', item.date ?? '']);
    const seen = kept.get(key);
    if (!seen) kept.set(key, { ...item });
    else if (item.public === false) seen.public = false;
  }
  return [...kept.values()];
}
