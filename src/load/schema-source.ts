import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { ValidateFunction } from 'ajv';
import type { SchemaName, SchemaSource } from '../model/schema-source.js';
import { schemaPath } from './paths.js';
import { createAjv } from './ajv-factory.js';

const require = createRequire(import.meta.url);
const compiled = new Map<SchemaName, ValidateFunction>();
const documents = new Map<SchemaName, Record<string, unknown>>();

/** The shipped schemas, each read and compiled once, on first use. */
export const shippedSchemas: SchemaSource = {
  validator(name) {
    let validate = compiled.get(name);
    if (!validate) {
      validate = precompiled(name) ?? createAjv().compile(loadSchema(name) as object);
      compiled.set(name, validate);
    }
    return validate;
  },
  document(name) {
    let schema = documents.get(name);
    if (!schema) {
      schema = loadSchema(name) as Record<string, unknown>;
      documents.set(name, schema);
    }
    return schema;
  },
};

/** The validator compiled at build time (scripts/build-validators.mjs), absent when running from source. */
function precompiled(name: SchemaName): ValidateFunction | undefined {
  try {
    return require(`../validate/generated/${name}.cjs`) as ValidateFunction;
  } catch {
    return undefined;
  }
}

/** The JSON Schema document of a shipped schema, for tests and tools. */
export function loadSchema(name: SchemaName): unknown {
  return JSON.parse(readFileSync(schemaPath(name), 'utf8'));
}
