// Start-up on the bundled data: the bundled checklists (as shipped and edited), score, report, compare and show,
// each against `node -e 0`.
import { join } from 'node:path';
import { bundledChecklists, writeEditedBundled } from './files.mjs';
import { measurementTable } from './markdown.mjs';
import { runPaired } from './paired.mjs';

const DEFAULT_CHECKLIST = 'sr-practical-approach-2022';
const FORMATS = ['html', 'md', 'json'];

/** Runs the start-up group; returns { results: key -> measurement, markdown }. */
export function runStartup({ root, cli, work, config, log }) {
  const bundled = bundledChecklists(root);
  const edited = writeEditedBundled(root, join(work, 'edited'));
  const example = (name) => join(root, 'examples', `${name}.answers.yaml`);
  const government = example('veloria-government');
  const earlier = example('veloria-government-2024');
  const out = (name) => join(work, name);
  const commands = [
    { key: 'node', label: 'node -e 0', steps: [['-e', '0']] },
    { key: 'version', label: 'opsc-audit --version', steps: [[cli, '--version']] },
    {
      key: 'bundled',
      label: `validate the ${bundled.length} bundled checklists`,
      steps: [[cli, 'validate', ...bundled]],
    },
    {
      key: 'edited',
      label: `validate the ${edited.length} bundled checklists, edited`,
      steps: [[cli, 'validate', ...edited]],
    },
    { key: 'score', label: 'score (government example)', steps: [[cli, 'score', government]] },
    ...FORMATS.map((f) => ({
      key: `report-${f}`,
      label: `report -f ${f} (government example)`,
      steps: [[cli, 'report', government, '-f', f, '-o', out(`report.${f}`)]],
    })),
    ...FORMATS.map((f) => ({
      key: `compare-${f}`,
      label: `compare -f ${f} (2024 and 2026 examples)`,
      steps: [[cli, 'compare', earlier, government, '-f', f, '-o', out(`compare.${f}`)]],
    })),
    {
      key: 'show-html',
      label: `show ${DEFAULT_CHECKLIST} -f html`,
      steps: [[cli, 'show', DEFAULT_CHECKLIST, '-f', 'html']],
      output: ['<html'],
    },
  ].map((c) => ({ status: 0, ...c }));
  const results = runPaired(commands, { runs: config.runs, work, cwd: root, name: 'start-up', log });
  const node = results.get('node');
  const markdown = measurementTable(
    ['node -e 0'],
    commands.map((c) => ({ label: c.label, m: results.get(c.key), refs: [node] })),
  );
  return { results, markdown };
}
