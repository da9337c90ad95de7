import type { ValidateFunction } from 'ajv';

/** The shipped JSON Schemas. */
export type SchemaName = 'checklist' | 'answers' | 'checklist-translation';

/** Where validation gets the shipped schemas: the loader reads them from disk (load/schema-source.ts). */
export interface SchemaSource {
  /** The compiled validator of a schema. */
  validator(name: SchemaName): ValidateFunction;
  /** The schema's JSON document; error messages consult it only when a file has errors. */
  document(name: SchemaName): Record<string, unknown>;
}
