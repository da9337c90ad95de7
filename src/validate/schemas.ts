import { readFileSync } from 'node:fs';
import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { schemaPath } from '../load/paths.js';

export type SchemaName = 'checklist' | 'answers';

const compiled = new Map<SchemaName, ValidateFunction>();
type AddFormats = (ajv: Ajv2020, formats: string[]) => unknown;
// ajv-formats is CommonJS: under Node's ESM loader its default export is the plugin function itself.
const addFormats =
  (addFormatsModule as unknown as { default?: AddFormats }).default ??
  (addFormatsModule as unknown as AddFormats);

/** Validates data against one of the shipped schemas; returns ajv's errors (empty when valid). */
export function schemaErrors(name: SchemaName, data: unknown): ErrorObject[] {
  let validate = compiled.get(name);
  if (!validate) {
    const ajv = new Ajv2020({ allErrors: true, strict: true, strictTypes: false, strictRequired: false, allowUnionTypes: true });
    addFormats(ajv, ['date', 'date-time', 'uri']);
    validate = ajv.compile(JSON.parse(readFileSync(schemaPath(name), 'utf8')) as object);
    compiled.set(name, validate);
  }
  return validate(data) ? [] : [...(validate.errors ?? [])];
}

/** The JSON Schema document of a shipped schema, for tests and tools. */
export function loadSchema(name: SchemaName): unknown {
  return JSON.parse(readFileSync(schemaPath(name), 'utf8'));
}
