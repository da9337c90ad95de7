// Many countries: `score` of 50 answers files in one call, against the in-process cost of the same work (one
// process importing the built core) and, for contrast, 50 separate `score` runs.
import { join } from 'node:path';
import { writeCountries } from './files.mjs';
import { measurementTable } from './markdown.mjs';
import { runPaired } from './paired.mjs';

export const COUNTRIES = 50;
const CHECKLIST = 'sr-practical-approach-2022';

/** Runs the group; returns { results: key -> m (node, inprocess, one, separate), markdown }. */
export function runMulti({ root, cli, work, config, log }) {
  const files = writeCountries(root, join(work, 'countries'), COUNTRIES);
  const paths = files.map((f) => f.path);
  const commands = [
    { key: 'node', label: 'node -e 0', steps: [['-e', '0']] },
    {
      key: 'inprocess',
      label: `in-process: load, validate and score the ${COUNTRIES} files (one process, built core)`,
      steps: [[join(import.meta.dirname, 'score-in-process.mjs'), root, CHECKLIST, ...paths]],
      output: [`scored ${COUNTRIES}`],
      keepOutput: true,
    },
    {
      key: 'one',
      label: `score of the ${COUNTRIES} files in one call (-f json)`,
      steps: [[cli, 'score', ...paths, '--checklist', CHECKLIST, '-f', 'json']],
      // Every country must be in the output: a run that stops early cannot pass for a fast one.
      output: files.map((f) => f.country),
    },
    {
      key: 'separate',
      label: `${COUNTRIES} separate score runs (-f json)`,
      steps: paths.map((p) => [cli, 'score', p, '--checklist', CHECKLIST, '-f', 'json']),
      runs: config.slowRuns,
    },
  ].map((c) => ({ status: 0, ...c }));
  const results = runPaired(commands, { runs: config.runs, work, cwd: root, name: 'many files', log });
  const refs = ['node', 'inprocess', 'one'].map((k) => results.get(k));
  const markdown = measurementTable(
    ['node -e 0', 'in-process', 'one call'],
    commands.map((c) => ({ label: c.label, m: results.get(c.key), refs })),
  );
  const split = results.get('inprocess')?.stdout;
  const note = split ? `\n\nThe in-process script's own account of its check run: ${split}.` : '';
  return { results, markdown: markdown + note };
}
