import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createAjv } from '../../src/load/ajv-factory.js';

const root = join(import.meta.dirname, '..', '..');
const NAMES = ['score-data', 'report-data', 'compare-data', 'score-table'] as const;
/** One of the JSON data formats. */
export type DataKind = (typeof NAMES)[number];

const ajv = createAjv();
for (const name of NAMES)
  ajv.addSchema(JSON.parse(readFileSync(join(root, 'schemas', `${name}.schema.json`), 'utf8')) as object);

/** The schema errors of a JSON output, as "path message" lines; empty when it fits `schemas/<kind>.schema.json`. */
export function dataErrors(kind: DataKind, value: unknown): string[] {
  const validate = ajv.getSchema(`https://opsc-audit.org/schemas/${kind}.schema.json`);
  if (!validate) throw new Error(`schema ${kind} not loaded`);
  return validate(value) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message ?? ''}`);
}
