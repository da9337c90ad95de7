import type { IndexedQuestion, Level, Option } from '../checklist.js';
import type { AnswerProblem, AnswerRef, KindProblem } from './types.js';
import type { MessageKey } from '../../i18n/en.js';
import { translator } from '../../i18n/format.js';

/** yes/no references may be written as booleans or as yes/no. */
export function toBoolean(ref: AnswerRef): boolean | undefined {
  if (typeof ref === 'boolean') return ref;
  if (ref === 'yes') return true;
  if (ref === 'no') return false;
  return undefined;
}

/** The problem with a `level` on a question answered by `value`. */
export function levelNotTaken(q: IndexedQuestion, noun: string): AnswerProblem {
  return {
    code: 'answer-kind',
    field: 'level',
    message: translator()('kind.problem.levelNotTaken', { id: q.question.id, noun }),
  };
}

/** The problem with a stored value of the wrong shape; `message` names the kind and the shape it takes. */
export function wrongValue(q: IndexedQuestion, message: MessageKey): AnswerProblem {
  return { code: 'answer-kind', field: 'value', message: translator()(message, { id: q.question.id }) };
}

/** The problem with a numeric target outside 0 to the top score. */
export function targetRange(t: number, max: number): KindProblem | undefined {
  return t < 0 || t > max
    ? {
        code: 'target-out-of-range',
        message: translator()('kind.problem.targetRange', { target: String(t), max: String(max) }),
      }
    : undefined;
}

/** The problem with a target whose type does not fit the kind. */
export function targetMisfit(t: unknown, kind: string): KindProblem {
  // JSON.stringify gives undefined for undefined (and functions), whatever its declared type says.
  const shown = JSON.stringify(t) as string | undefined;
  return {
    code: 'target-out-of-range',
    message: translator()('kind.problem.targetMisfit', { target: shown ?? 'undefined', kind }),
  };
}

/** The problem with a condition that names an unknown option. */
export function unknownOptionRef(q: IndexedQuestion, ref: AnswerRef): KindProblem | undefined {
  return typeof ref === 'string' && !q.question.options?.some((o) => o.key === ref)
    ? { code: 'unknown-option', message: translator()('kind.problem.refOption', { ref, id: q.question.id }) }
    : undefined;
}

/** The option with a key. */
export function optionByKey(options: readonly Option[] | undefined, key: unknown): Option | undefined {
  return options?.find((o) => o.key === key);
}

/** The level with a key. */
export function levelByKey(scale: readonly Level[] | undefined, key: unknown): Level | undefined {
  return scale?.find((l) => l.key === key);
}

/** The top of a list of scores, or undefined for none. */
/** The highest value of a scale's levels (undefined for no scale or an empty one), with no list made for it. */
export function topLevel(scale: readonly Level[] | undefined): number | undefined {
  if (scale === undefined || scale.length === 0) return undefined;
  let top = -Infinity;
  for (const level of scale) top = Math.max(top, level.value);
  return top;
}

export function topOf(scores: readonly number[] | undefined): number | undefined {
  return scores && scores.length > 0 ? Math.max(...scores) : undefined;
}

/** True when scores are declared and the best of them is 0 or less. */
export function allZero(scores: readonly number[] | undefined): boolean {
  return scores !== undefined && scores.length > 0 && Math.max(...scores) <= 0;
}
