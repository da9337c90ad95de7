import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseYaml } from '../../src/parse/parse-yaml.js';
import { validateAnswersDocument, validateChecklistDocument } from '../../src/validate/validate-document.js';
import { indexChecklist, type AnswersFile, type ChecklistIndex } from '../../src/model/checklist.js';

export const fixturesDir = join(import.meta.dirname, '..', 'fixtures');
export const reportFixtures = join(fixturesDir, 'reports');

/** Loads and indexes a fixture checklist; fails the test if it does not validate. */
export function loadFixtureIndex(path: string): ChecklistIndex {
  const file = join(fixturesDir, path);
  const result = validateChecklistDocument(parseYaml(readFileSync(file, 'utf8')), file);
  if (!result.value)
    throw new Error(`fixture ${path} does not validate: ${JSON.stringify(result.diagnostics)}`);
  return indexChecklist(result.value);
}

/** Loads a fixture answers file checked against an index; fails the test if it does not validate. */
export function loadFixtureAnswers(path: string, index: ChecklistIndex): AnswersFile {
  const file = join(fixturesDir, path);
  const result = validateAnswersDocument(parseYaml(readFileSync(file, 'utf8')), file, index);
  if (!result.value)
    throw new Error(`fixture ${path} does not validate: ${JSON.stringify(result.diagnostics)}`);
  return result.value;
}
