// In-process timings (no process start-up): the floors (js-yaml load, JSON.parse) next to the built core's parse,
// validate and score of the same synthetic files. The core's modules are imported defensively: a step whose module
// is gone from dist (the build may bundle them) is left out, with the reason.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { load } from 'js-yaml';
import { summarize } from './stats.mjs';

/** Rows { name, median, min, max } (or { name, failed }) for each size; `files[n]` as writeSynthetic returns. */
export async function measureInProcess(root, files, sizes, runsFor) {
  const dist = (...p) => join(root, 'dist', ...p);
  const core = await importCore(dist);
  const rows = [];
  for (const n of sizes) {
    const f = files[n];
    const runs = runsFor(n);
    const text = readFileSync(f.c, 'utf8');
    const json = readFileSync(f.cJson, 'utf8');
    const step = (name, fn) => rows.push(timed(`${name} (${n})`, fn, runs));
    step('js-yaml load, checklist', () => load(text));
    step('JSON.parse, checklist as JSON', () => JSON.parse(json));
    if (core.failed) {
      rows.push({ name: `core (${n})`, failed: core.failed });
      continue;
    }
    const { parseYaml, validateChecklistDocument, validateAnswersDocument, indexChecklist, scoreAnswers } =
      core;
    step('parse checklist as the CLI does', () => parseYaml(text));
    const parsed = parseYaml(text);
    step('validate parsed checklist', () => validateChecklistDocument(parsed, 'c.yaml'));
    const index = indexChecklist(validateChecklistDocument(parsed, 'c.yaml').value);
    const answers = parseYaml(readFileSync(f.a, 'utf8'));
    step('validate parsed answers', () => validateAnswersDocument(answers, 'a.yaml', index));
    const valid = validateAnswersDocument(answers, 'a.yaml', index).value;
    step('score', () => scoreAnswers(index, valid.answers));
  }
  return rows;
}

async function importCore(dist) {
  try {
    const core = {
      ...(await import(dist('parse', 'parse-yaml.js'))),
      ...(await import(dist('validate', 'validate-document.js'))),
      ...(await import(dist('validate', 'schemas.js'))),
      ...(await import(dist('load', 'schema-source.js'))),
      ...(await import(dist('model', 'checklist.js'))),
      ...(await import(dist('score', 'score-answers.js'))),
    };
    const names = ['parseYaml', 'validateChecklistDocument', 'validateAnswersDocument', 'indexChecklist'];
    for (const name of [...names, 'scoreAnswers', 'useSchemas'])
      if (typeof core[name] !== 'function') throw new Error(`${name} is not exported`);
    core.useSchemas(core.shippedSchemas);
    return core;
  } catch (error) {
    return { failed: `built core not importable: ${error.message}` };
  }
}

function timed(name, fn, runs) {
  try {
    fn();
    const times = [];
    for (let i = 0; i < runs; i++) {
      const start = performance.now();
      fn();
      times.push(performance.now() - start);
    }
    return { name, ...summarize(times) };
  } catch (error) {
    return { name, failed: error instanceof Error ? error.message : String(error) };
  }
}
