// Runs after tsc: validates every bundled checklist and stores the data of each one with no diagnostics in
// dist/clean-cache/<bytes>-<sha256>.json, so the CLI can skip parsing an unchanged bundled checklist.
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseYaml } from '../dist/parse/parse-yaml.js';
import { validateChecklistDocument } from '../dist/validate/validate-document.js';
import { cleanCacheDir, cleanCacheName } from '../dist/load/clean-cache.js';
import { useSchemas } from '../dist/validate/schemas.js';
import { shippedSchemas } from '../dist/load/schema-source.js';

useSchemas(shippedSchemas);

rmSync(cleanCacheDir, { recursive: true, force: true });
mkdirSync(cleanCacheDir, { recursive: true });
for (const name of readdirSync('checklists').filter((n) => n.endsWith('.yaml'))) {
  const bytes = readFileSync(join('checklists', name));
  const result = validateChecklistDocument(parseYaml(bytes.toString('utf8')), name, { neverTrue: true });
  if (result.value && result.diagnostics.length === 0) {
    writeFileSync(join(cleanCacheDir, cleanCacheName(bytes)), JSON.stringify(result.value));
  }
}
