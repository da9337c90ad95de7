// The files the benchmark measures on, written into the scratch folder: synthetic checklists (clean and with one
// error, as YAML and as JSON) with two answers files each, edited copies of the bundled checklists, and answers
// files of 50 countries.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { ONE_ERROR_WEIGHT, makeAnswers, makeChecklist, toYaml, withOneError } from './generate.mjs';
import { withCommentLine, withCountry } from './variants.mjs';

/**
 * Writes c{n}.yaml/.json, c{n}-err.yaml/.json, a{n}.yaml/.json (government) and b{n}.yaml/.json (NGO) into `dir`.
 * Returns their paths and the line of the one error in c{n}-err.yaml.
 */
export async function writeSynthetic(root, dir, n) {
  mkdirSync(dir, { recursive: true });
  const file = (name) => join(dir, name);
  const checklist = makeChecklist(n);
  const bad = withOneError(checklist);
  const cYaml = file(`c${n}.yaml`);
  writeFileSync(cYaml, toYaml(checklist));
  writeFileSync(file(`c${n}.json`), JSON.stringify(checklist));
  const errText = toYaml(bad);
  writeFileSync(file(`c${n}-err.yaml`), errText);
  writeFileSync(file(`c${n}-err.json`), JSON.stringify(bad));
  const errLine = errText.split('\n').findIndex((l) => l.trimStart() === `weight: ${ONE_ERROR_WEIGHT}`) + 1;
  if (errLine === 0) throw new Error(`c${n}-err.yaml: the wrong weight is not on a line of its own`);
  const digest = await digestOf(root, checklist, cYaml, file(`nodigest${n}.yaml`), n);
  const ngo = { digest, seed: 2, organization: 'Synthetic NGO', role: 'ngo' };
  for (const [name, answers] of [
    [`a${n}`, makeAnswers(n, { digest })],
    [`b${n}`, makeAnswers(n, ngo)],
  ]) {
    writeFileSync(file(`${name}.yaml`), toYaml(answers));
    writeFileSync(file(`${name}.json`), JSON.stringify(answers));
  }
  return {
    c: cYaml,
    cJson: file(`c${n}.json`),
    cErr: file(`c${n}-err.yaml`),
    cErrJson: file(`c${n}-err.json`),
    a: file(`a${n}.yaml`),
    aJson: file(`a${n}.json`),
    b: file(`b${n}.yaml`),
    bJson: file(`b${n}.json`),
    errLine,
  };
}

/** Copies of the bundled checklists, each with one comment line added (variants.mjs), in `dir`. */
export function writeEditedBundled(root, dir) {
  mkdirSync(dir, { recursive: true });
  return bundledChecklists(root).map((from) => {
    const to = join(dir, basename(from));
    writeFileSync(to, withCommentLine(readFileSync(from, 'utf8')));
    return to;
  });
}

/** The bundled checklists' files. */
export function bundledChecklists(root) {
  return readdirSync(join(root, 'checklists'))
    .filter((f) => f.endsWith('.yaml') && !/\.[a-z]{2,3}(-[A-Za-z0-9]{2,8})*\.yaml$/.test(f))
    .sort()
    .map((f) => join(root, 'checklists', f));
}

/**
 * `count` answers files of the bundled default checklist, the example answers files in turn, each with a country
 * of its own ("Benchland 01", ...). Returns their paths and countries.
 */
export function writeCountries(root, dir, count) {
  mkdirSync(dir, { recursive: true });
  const examples = readdirSync(join(root, 'examples'))
    .filter((f) => f.endsWith('.answers.yaml'))
    .sort()
    .map((f) => readFileSync(join(root, 'examples', f), 'utf8'));
  return Array.from({ length: count }, (_, i) => {
    const country = `Benchland ${String(i + 1).padStart(2, '0')}`;
    const path = join(dir, `country-${String(i + 1).padStart(2, '0')}.answers.yaml`);
    writeFileSync(path, withCountry(examples[i % examples.length], country));
    return { path, country };
  });
}

/**
 * The checklist's digest, for the answers files: from the built model if its module is still there, else from
 * the digest-missing warning `validate` gives for answers without one (the build may bundle the modules).
 */
async function digestOf(root, checklist, cFile, scratch, n) {
  try {
    const { checklistDigest } = await import(join(root, 'dist', 'model', 'digest.js'));
    return checklistDigest(checklist);
  } catch {
    writeFileSync(scratch, toYaml(makeAnswers(Math.min(n, 10))));
    const r = spawnSync(
      process.execPath,
      [join(root, 'dist', 'cli.js'), 'validate', scratch, '--checklist', cFile],
      {
        encoding: 'utf8',
      },
    );
    const digest = /sha256:[0-9a-f]{64}/.exec(`${r.stdout}${r.stderr}`)?.[0];
    if (!digest) throw new Error(`no digest for ${cFile}: ${r.stderr}`);
    return digest;
  }
}
