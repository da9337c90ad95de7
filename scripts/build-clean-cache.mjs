// Runs after the bundle (build-bundle): validates every bundled checklist and stores the data of each one with no
// diagnostics in dist/clean-cache/, listed in entries.json with its id and language, so the CLI can skip parsing
// an unchanged bundled checklist. An entry's name comes from the checklist's bytes and the validator's
// fingerprint, a hash of the files listed in dist/clean-cache/validator-files.json (the bundle's files that hold
// the reader, the compiled schema validators, the rules or anything they import, and the schemas), which the CLI
// hashes again before using an entry: a changed rule never meets an old entry.
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseYaml } from '../dist/parse/parse-yaml.js';
import { validateChecklistDocument } from '../dist/validate/validate-document.js';
import {
  cleanCacheDir,
  cleanCacheName,
  ENTRIES_LIST,
  fingerprintFiles,
  VALIDATOR_FILES_LIST,
} from '../dist/load/clean-cache.js';

import { useSchemas } from '../dist/validate/schemas.js';
import { isTranslationFileName } from '../dist/translate/file-name.js';
import { shippedSchemas } from '../dist/load/schema-source.js';

useSchemas(shippedSchemas);
const root = join(import.meta.dirname, '..');
/**
 * What decides whether a checklist file is clean: reading it (load-file), validating it, and the compiled schema
 * validators validation is given (schema-source).
 */
const ENTRY_MODULES = [
  'src/load/load-file.ts',
  'src/validate/validate-document.ts',
  'src/load/schema-source.ts',
];

rmSync(cleanCacheDir, { recursive: true, force: true });
mkdirSync(cleanCacheDir, { recursive: true });
const files = validatorFiles();
writeFileSync(join(cleanCacheDir, VALIDATOR_FILES_LIST), `${JSON.stringify(files, null, 2)}\n`);
const fingerprint = fingerprintFiles(root, files);
// Translations (x.fr.yaml) are no checklists: they are read beside the checklist they translate, never cached.
const names = readdirSync(join(root, 'checklists')).filter(
  (n) => n.endsWith('.yaml') && !isTranslationFileName(n),
);
const entries = {};
for (const name of names) {
  const bytes = readFileSync(join(root, 'checklists', name));
  const result = validateChecklistDocument(parseYaml(bytes.toString('utf8')), name, { neverTrue: true });
  if (result.value && result.diagnostics.length === 0) {
    const entry = cleanCacheName(bytes, fingerprint);
    writeFileSync(join(cleanCacheDir, entry), JSON.stringify(result.value));
    entries[entry] = { id: result.value.id, language: result.value.language };
  }
}
writeFileSync(join(cleanCacheDir, ENTRIES_LIST), `${JSON.stringify(entries, null, 2)}\n`);

/**
 * The bundle's files (dist/cli.js, dist/chunks/*.js) holding any of the entry modules or anything they import
 * (statically or dynamically, sources and packages alike), as esbuild's metafile of the bundle says, and the
 * schemas; sorted, relative to the package root.
 */
function validatorFiles() {
  const meta = JSON.parse(readFileSync(join(root, 'dist', 'bundle-meta.json'), 'utf8'));
  const seen = new Set();
  const todo = [...ENTRY_MODULES];
  while (todo.length > 0) {
    const input = todo.pop();
    if (seen.has(input) || !meta.inputs[input]) continue;
    seen.add(input);
    for (const i of meta.inputs[input].imports) todo.push(i.path);
  }
  const missing = ENTRY_MODULES.filter((m) => !seen.has(m));
  if (missing.length > 0) throw new Error(`build-clean-cache: not in the bundle: ${missing.join(', ')}`);
  const bundled = Object.entries(meta.outputs)
    .filter(([file, out]) => file.endsWith('.js') && Object.keys(out.inputs).some((i) => seen.has(i)))
    .map(([file]) => file);
  const schemas = readdirSync(join(root, 'schemas'))
    .filter((n) => n.endsWith('.json'))
    .map((n) => `schemas/${n}`);
  return [...bundled, ...schemas].sort();
}
