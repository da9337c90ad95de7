// Every command on the synthetic files, with the clean checklist and with the one-error checklist, against
// node -e 0 and the floors of reading the same files (js-yaml, JSON.parse), and their peak memory.
import { basename, join } from 'node:path';
import { runsFor } from './config.mjs';
import { measurementTable } from './markdown.mjs';
import { runPaired } from './paired.mjs';
import { VARIANTS } from './section-validate.mjs';

export const COMMANDS = ['validate-answers', 'score', 'report', 'compare'];
const LABELS = {
  'validate-answers': 'validate answers --checklist',
  score: 'score -f json',
  report: 'report -f html',
  compare: 'compare -f html (two answers files)',
};

/** Runs one paired group per size; returns { results: n -> key -> m (keys `${command}/${variant}`), markdown }. */
export function runCommands({ cli, work, config, log, synthetic }) {
  const here = import.meta.dirname;
  const results = new Map();
  const rows = [];
  for (const n of config.sizes) {
    const f = synthetic[n];
    const floors = [
      { key: 'node', label: 'node -e 0', steps: [['-e', '0']] },
      {
        key: 'jsyaml2',
        label: 'js-yaml load, checklist + answers',
        steps: [[join(here, 'floor-js-yaml.mjs'), f.c, f.a]],
      },
      {
        key: 'jsyaml3',
        label: 'js-yaml load, checklist + 2 answers',
        steps: [[join(here, 'floor-js-yaml.mjs'), f.c, f.a, f.b]],
      },
      {
        key: 'json2',
        label: 'JSON.parse, checklist + answers',
        steps: [[join(here, 'floor-json.mjs'), f.cJson, f.aJson]],
      },
      {
        key: 'json3',
        label: 'JSON.parse, checklist + 2 answers',
        steps: [[join(here, 'floor-json.mjs'), f.cJson, f.aJson, f.bJson]],
      },
    ].map((c) => ({ status: 0, ...c }));
    const ours = VARIANTS.flatMap((variant) => {
      const err = variant === 'err';
      const checklist = err ? f.cErr : f.c;
      const out = (name) => join(work, `${name}-${n}-${variant}.html`);
      const argv = {
        'validate-answers': [cli, 'validate', f.a, '--checklist', checklist],
        score: [cli, 'score', f.a, '--checklist', checklist, '-f', 'json'],
        report: [cli, 'report', f.a, '--checklist', checklist, '-f', 'html', '-o', out('report')],
        compare: [cli, 'compare', f.a, f.b, '--checklist', checklist, '-f', 'html', '-o', out('compare')],
      };
      return COMMANDS.map((command) => ({
        key: `${command}/${variant}`,
        label: `${LABELS[command]}${err ? ', checklist with one error' : ''}`,
        steps: [argv[command]],
        // With the one-error checklist every command stops with exit 2, after pointing at the error.
        status: err ? 2 : 0,
        output: err ? [`${basename(checklist)}:${f.errLine}:`] : [],
        floors: command === 'compare' ? ['jsyaml3', 'json3'] : ['jsyaml2', 'json2'],
      }));
    });
    const group = runPaired([...floors, ...ours], {
      runs: runsFor(config, n, 3),
      work,
      cwd: work,
      name: `commands ${n}`,
      log,
    });
    results.set(n, group);
    const node = group.get('node');
    for (const c of floors)
      rows.push({ label: `${n}: ${c.label}`, m: group.get(c.key), refs: [node, undefined, undefined] });
    for (const c of ours) {
      rows.push({
        label: `${n}: ${c.label}`,
        m: group.get(c.key),
        refs: [node, ...c.floors.map((k) => group.get(k))],
      });
    }
  }
  return {
    results,
    markdown: measurementTable(['node -e 0', 'js-yaml (same files)', 'JSON.parse (same files)'], rows),
  };
}
