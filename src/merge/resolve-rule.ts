import { answeredTime } from './combine.js';
import type { MergeInput, MergePosition, MergeRule } from './types.js';

/**
 * The position a rule picks. `first`: the one given by the earliest file in argument order. `latest`: the one
 * answered last by its `answered` time; on a tie (or no times), the one whose file's respondent date is latest;
 * then the one from the later file in argument order.
 */
export function chooseByRule(
  positions: readonly MergePosition[],
  inputs: readonly MergeInput[],
  rule: MergeRule,
): number {
  const rank = (p: MergePosition): number[] =>
    rule === 'first'
      ? [-Math.min(...p.sources.map((s) => s.input))]
      : [
          Math.max(...p.sources.map((s) => answeredTime(s.answer))),
          Math.max(...p.sources.map((s) => fileDate(inputs[s.input]))),
          Math.max(...p.sources.map((s) => s.input)),
        ];
  let best = 0;
  positions.forEach((p, i) => {
    const current = positions[best];
    if (current && compareRanks(rank(p), rank(current)) > 0) best = i;
  });
  return best;
}

function fileDate(input: MergeInput | undefined): number {
  const date = input?.answers.respondent.date;
  const time = date === undefined ? Number.NaN : Date.parse(date);
  return Number.isNaN(time) ? Number.NEGATIVE_INFINITY : time;
}

function compareRanks(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < a.length; i++) {
    const x = a[i] ?? 0;
    const y = b[i] ?? 0;
    if (x !== y) return x > y ? 1 : -1;
  }
  return 0;
}
