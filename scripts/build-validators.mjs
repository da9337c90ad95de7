// Compiles the JSON Schemas into standalone validator code at build time, so the CLI need not compile them
// (nor load ajv's compiler) on every run. Runs after tsc: writes dist/validate/generated/<name>.cjs.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createAjv } from '../dist/validate/ajv-factory.js';

const require = createRequire(import.meta.url);
const standaloneCode = require('ajv/dist/standalone').default;
mkdirSync('dist/validate/generated', { recursive: true });
for (const name of ['checklist', 'answers']) {
  const ajv = createAjv({ code: { source: true } });
  const validate = ajv.compile(JSON.parse(readFileSync(`schemas/${name}.schema.json`, 'utf8')));
  writeFileSync(`dist/validate/generated/${name}.cjs`, standaloneCode(ajv, validate));
}
