// Runs after tsc and build-validators: validates every bundled checklist and stores the data of each one with no
// diagnostics in dist/clean-cache/, so the CLI can skip parsing an unchanged bundled checklist. An entry's name
// comes from the checklist's bytes and the validator's fingerprint, a hash of the files listed in
// dist/clean-cache/validator-files.json (the reader, the schemas, the compiled validators, the rules and every
// module they import), which the CLI hashes again before using an entry: a changed rule never meets an old entry.
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, posix } from 'node:path';
import { parseYaml } from '../dist/parse/parse-yaml.js';
import { validateChecklistDocument } from '../dist/validate/validate-document.js';
import {
  cleanCacheDir,
  cleanCacheName,
  fingerprintFiles,
  VALIDATOR_FILES_LIST,
} from '../dist/load/clean-cache.js';

import { useSchemas } from '../dist/validate/schemas.js';
import { shippedSchemas } from '../dist/load/schema-source.js';

useSchemas(shippedSchemas);
const root = join(import.meta.dirname, '..');
/** What decides whether a checklist file is clean: reading it (load-file) and validating it. */
const ENTRY_MODULES = ['dist/load/load-file.js', 'dist/validate/validate-document.js'];

rmSync(cleanCacheDir, { recursive: true, force: true });
mkdirSync(cleanCacheDir, { recursive: true });
const files = validatorFiles();
writeFileSync(join(cleanCacheDir, VALIDATOR_FILES_LIST), `${JSON.stringify(files, null, 2)}\n`);
const fingerprint = fingerprintFiles(root, files);
for (const name of readdirSync(join(root, 'checklists')).filter((n) => n.endsWith('.yaml'))) {
  const bytes = readFileSync(join(root, 'checklists', name));
  const result = validateChecklistDocument(parseYaml(bytes.toString('utf8')), name, { neverTrue: true });
  if (result.value && result.diagnostics.length === 0) {
    writeFileSync(join(cleanCacheDir, cleanCacheName(bytes, fingerprint)), JSON.stringify(result.value));
  }
}

/**
 * The entry modules and every module they import (static `from './x.js'` and dynamic `import('./x.js')`), the
 * compiled schema validators (required by a computed name) and the schemas; sorted, relative to the package root.
 */
function validatorFiles() {
  const seen = new Set();
  const todo = [...ENTRY_MODULES];
  while (todo.length > 0) {
    const file = todo.pop();
    if (seen.has(file)) continue;
    seen.add(file);
    const text = readFileSync(join(root, file), 'utf8');
    for (const [, spec] of text.matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*)'(\.\.?\/[^']+)'/g))
      todo.push(posix.normalize(posix.join(dirname(file), spec)));
  }
  const generated = readdirSync(join(root, 'dist/validate/generated')).map(
    (n) => `dist/validate/generated/${n}`,
  );
  const schemas = readdirSync(join(root, 'schemas'))
    .filter((n) => n.endsWith('.json'))
    .map((n) => `schemas/${n}`);
  return [...seen, ...generated, ...schemas].sort();
}
