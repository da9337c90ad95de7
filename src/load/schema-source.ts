import { readFileSync } from 'node:fs';
import type { ValidateFunction } from 'ajv';
import type { SchemaName, SchemaSource } from '../model/schema-source.js';
import { schemaPath } from './paths.js';
import { createAjv } from './ajv-factory.js';
import { precompiledValidator } from './precompiled-validators.js';

const compiled = new Map<SchemaName, ValidateFunction>();
const documents = new Map<SchemaName, Record<string, unknown>>();

/** The shipped schemas, each read and compiled once, on first use. */
export const shippedSchemas: SchemaSource = {
  validator(name) {
    let validate = compiled.get(name);
    if (!validate) {
      validate = precompiledValidator(name) ?? createAjv().compile(loadSchema(name) as object);
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

/** The JSON Schema document of a shipped schema, for tests and tools. */
export function loadSchema(name: SchemaName): unknown {
  return JSON.parse(readFileSync(schemaPath(name), 'utf8'));
}
