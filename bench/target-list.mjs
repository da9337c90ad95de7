// The targets of issue 17, in one place: each one's value is taken from the sections' results (or the reason it
// could not be: a section skipped, a size left out, a command or peer that failed its check).
import { evaluateTarget } from './targets.mjs';

const TARGET_SIZES = [100, 1000, 10000];
const FORMATS = ['html', 'md', 'json'];
const MEMORY_COMMANDS = [
  ['validate-answers', 'validate answers --checklist'],
  ['score', 'score'],
  ['report', 'report -f html'],
  ['compare', 'compare -f html'],
];

/**
 * `sections` holds each section's outcome by name: { results } or { skipped: why } (save: { ratios } or
 * { failed }). Returns the evaluated targets.
 */
export function listTargets(sections) {
  const targets = [];
  const add = (name, limit, unit, measured) =>
    targets.push(evaluateTarget({ name, limit, unit, ...measured }));
  const validate = sections.validate;
  const group = (n, variant) => lookup(validate, `${n}/${variant}`, n);
  const variantName = (v) => (v === 'err' ? 'with one error' : 'clean');

  for (const [peer, peerName] of [
    ['ajv', 'ajv-cli'],
    ['spectral', 'Spectral'],
  ])
    for (const n of TARGET_SIZES)
      for (const v of ['clean', 'err'])
        add(`validate ${n} ${variantName(v)} <= ${peerName}`, 1, 'x', quotient(group(n, v), 'ours', peer));
  for (const n of [1000, 10000])
    for (const v of ['clean', 'err'])
      add(
        `validate ${n} ${variantName(v)} within 1.3x js-yaml`,
        1.3,
        'x',
        quotient(group(n, v), 'ours', 'jsyaml'),
      );

  const startup = sections.startup.results
    ? { group: sections.startup.results }
    : { reason: sections.startup.skipped };
  add('4 bundled checklists, edited, within 4x node -e 0', 4, 'x', quotient(startup, 'edited', 'node'));
  add(
    '4 bundled checklists, unedited, within 1.5x node -e 0',
    1.5,
    'x',
    quotient(startup, 'bundled', 'node'),
  );
  add('score (bundled data) within 2.5x node -e 0', 2.5, 'x', quotient(startup, 'score', 'node'));
  for (const command of ['report', 'compare'])
    for (const f of FORMATS)
      add(
        `${command} -f ${f} (bundled data) within 4x node -e 0`,
        4,
        'x',
        quotient(startup, `${command}-${f}`, 'node'),
      );
  add('show -f html (bundled data) within 3x node -e 0', 3, 'x', quotient(startup, 'show-html', 'node'));

  for (const v of ['clean', 'err'])
    add(`peak RSS, validate checklist 10000 ${variantName(v)}`, 200, 'MB', rss(group(10000, v), 'ours'));
  const commands = lookup(sections.commands, 10000, 10000);
  for (const v of ['clean', 'err'])
    for (const [key, name] of MEMORY_COMMANDS)
      add(
        `peak RSS, ${name} 10000${v === 'err' ? ', checklist with one error' : ''}`,
        200,
        'MB',
        rss(commands, `${key}/${v}`),
      );

  for (const n of TARGET_SIZES)
    add(`interview save within 3x an atomic write, ${n} answers`, 3, 'x', saveRatio(sections.save, n));

  const multi = sections.multi.results
    ? { group: sections.multi.results }
    : { reason: sections.multi.skipped };
  add('score of 50 files in one call within 1.5x in-process', 1.5, 'x', quotient(multi, 'one', 'inprocess'));
  return targets;
}

/** { group } for a section's results under `key`, or { reason }. */
function lookup(section, key, n) {
  if (!section.results) return { reason: section.skipped };
  const group = section.results.get(key);
  return group ? { group } : { reason: `${n} not in BENCH_SIZES` };
}

/** { value: a / b, cpu: the same of CPU times } of two measurements of a group, or { reason }. */
function quotient({ group, reason }, a, b) {
  if (!group) return { reason };
  const ma = group.get(a);
  const mb = group.get(b);
  if (!ma || ma.failed) return { reason: ma?.failed ?? `${a} not run` };
  if (!mb || mb.failed) return { reason: mb?.failed ?? `${b} not run` };
  const cpu = ma.cpu && mb.cpu ? ma.cpu / mb.cpu : undefined;
  return { value: ma.median / mb.median, cpu };
}

function rss({ group, reason }, key) {
  if (!group) return { reason };
  const m = group.get(key);
  return m && !m.failed ? { value: m.rss } : { reason: m?.failed ?? `${key} not run` };
}

function saveRatio(save, n) {
  if (!save.ratios) return { reason: save.skipped ?? save.failed };
  const r = save.ratios.find((x) => x.size === n);
  return r?.ratio === undefined ? { reason: `${n} not in BENCH_SIZES` } : { value: r.ratio };
}
