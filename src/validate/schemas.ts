import type { ErrorObject } from 'ajv';
import type { SchemaName, SchemaSource } from '../model/schema-source.js';

export type { SchemaName } from '../model/schema-source.js';

let source: SchemaSource | undefined;

/** Sets where the schemas come from: the program sets it once at start (main.ts), as the tests' setup does. */
export function useSchemas(schemas: SchemaSource): void {
  source = schemas;
}

function schemas(): SchemaSource {
  if (!source) throw new Error('useSchemas() not called');
  return source;
}

/** Validates data against one of the shipped schemas; returns ajv's errors (empty when valid). */
export function schemaErrors(name: SchemaName, data: unknown): ErrorObject[] {
  const validate = schemas().validator(name);
  return validate(data) ? [] : [...(validate.errors ?? [])];
}

/** The shipped schema document; error messages consult it only when a file has errors. */
export function schemaDocument(name: SchemaName): Record<string, unknown> {
  return schemas().document(name);
}
