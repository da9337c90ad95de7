// The in-process cost of scoring many answers files: one process that imports the built core from dist, loads the
// checklist once, then reads, validates and scores each file. Usage: score-in-process.mjs <root> <checklist> files...
// Prints "scored N" and where the time went; exits 3 when the built modules it needs are not there (the bench then says so).
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

const [root, checklistRef, ...files] = process.argv.slice(2);
const dist = (...p) => join(root, 'dist', ...p);
let core;
try {
  core = {
    ...(await import(dist('open', 'checklists.js'))),
    ...(await import(dist('open', 'read-answers.js'))),
    ...(await import(dist('validate', 'validate-document.js'))),
    ...(await import(dist('score', 'score-answers.js'))),
    ...(await import(dist('validate', 'schemas.js'))),
    ...(await import(dist('load', 'schema-source.js'))),
  };
  const names = ['loadChecklist', 'readAnswersShape', 'validateAnswersFit', 'scoreAnswers', 'useSchemas'];
  for (const name of names) if (typeof core[name] !== 'function') throw new Error(`${name} is not exported`);
} catch (error) {
  process.stderr.write(`score-in-process: the built core is not importable: ${error.message}\n`);
  process.exit(3);
}
const imported = performance.now();
// As main.ts does before any command: the validators read the shipped schemas.
core.useSchemas(core.shippedSchemas);

const checklist = await core.loadChecklist(checklistRef, process.cwd());
if (!checklist.ok) throw new Error(checklist.message);
let scored = 0;
for (const file of files) {
  const shape = await core.readAnswersShape(file, { cwd: process.cwd() });
  if (!shape.ok) throw new Error(shape.message);
  const full = core.validateAnswersFit(shape.shaped, checklist.index);
  if (!full.value) throw new Error(`${file} does not fit`);
  const card = core.scoreAnswers(checklist.index, full.value.answers);
  if (card.overall === undefined) throw new Error(`${file}: no overall score`);
  scored++;
}
const done = performance.now();
// Where the process's time went: start-up and imports, then the work itself.
process.stdout.write(
  `scored ${scored}: start-up and imports ${imported.toFixed(0)} ms, work ${(done - imported).toFixed(0)} ms\n`,
);
