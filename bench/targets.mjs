// The targets of issue 17: each a measured value held to a limit (pure).
import { table, times } from './markdown.mjs';

/**
 * A target: `value` is a ratio of wall-time medians (unit 'x', met when value <= limit) or a peak RSS in MB (unit
 * 'MB', met when value < limit). Without a value it is "not measured", with `reason` saying why. `cpu`, if given,
 * is the same ratio of CPU-time medians: shown as a cross-check, less moved by other work on the machine.
 */
export function evaluateTarget({ name, value, limit, unit, reason, cpu }) {
  if (value === undefined || Number.isNaN(value))
    return { name, value: undefined, limit, unit, status: 'not measured', reason: reason ?? 'not run' };
  const met = unit === 'MB' ? value < limit : value <= limit;
  return { name, value, limit, unit, status: met ? 'met' : 'not met', reason, cpu };
}

/** The targets table: target, measured, limit, CPU-time ratio, met / not met / not measured (why). */
export function targetsTable(targets) {
  return table(
    [
      ['target', 'l'],
      ['measured', 'r'],
      ['limit', 'r'],
      ['CPU-time ratio', 'r'],
      ['result', 'l'],
    ],
    targets.map((t) => [
      t.name,
      t.value === undefined ? '–' : show(t.value, t.unit),
      `${t.unit === 'MB' ? '<' : '<='} ${show(t.limit, t.unit)}`,
      times(t.cpu),
      t.status === 'not measured' ? `not measured (${t.reason})` : t.status,
    ]),
  );
}

/** "12 met, 3 not met, 2 not measured". */
export function targetsSummary(targets) {
  const count = (status) => targets.filter((t) => t.status === status).length;
  return `${count('met')} met, ${count('not met')} not met, ${count('not measured')} not measured`;
}

function show(value, unit) {
  return unit === 'MB' ? `${value.toFixed(0)} MB` : times(value);
}
