import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { ErrorObject, ValidateFunction } from 'ajv';
import { schemaPath } from '../load/paths.js';
import { createAjv } from './ajv-factory.js';

export type SchemaName = 'checklist' | 'answers';

const require = createRequire(import.meta.url);
const compiled = new Map<SchemaName, ValidateFunction>();

/** Validates data against one of the shipped schemas; returns ajv's errors (empty when valid). */
export function schemaErrors(name: SchemaName, data: unknown): ErrorObject[] {
  let validate = compiled.get(name);
  if (!validate) {
    validate = precompiled(name) ?? createAjv().compile(loadSchema(name) as object);
    compiled.set(name, validate);
  }
  return validate(data) ? [] : [...(validate.errors ?? [])];
}

/** The validator compiled at build time (scripts/build-validators.mjs), absent when running from source. */
function precompiled(name: SchemaName): ValidateFunction | undefined {
  try {
    return require(`./generated/${name}.cjs`) as ValidateFunction;
  } catch {
    return undefined;
  }
}

/** The JSON Schema document of a shipped schema, for tests and tools. */
export function loadSchema(name: SchemaName): unknown {
  return JSON.parse(readFileSync(schemaPath(name), 'utf8'));
}

const documents = new Map<SchemaName, Record<string, unknown>>();

/** The shipped schema document, read once; error messages consult it only when a file has errors. */
export function schemaDocument(name: SchemaName): Record<string, unknown> {
  let schema = documents.get(name);
  if (!schema) {
    schema = loadSchema(name) as Record<string, unknown>;
    documents.set(name, schema);
  }
  return schema;
}
