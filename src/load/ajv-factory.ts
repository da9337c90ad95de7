import { createRequire } from 'node:module';
import type { Ajv2020 as Ajv, Options } from 'ajv/dist/2020.js';

const require = createRequire(import.meta.url);
type AddFormats = (ajv: Ajv, formats: string[]) => unknown;

/** Options shared by the build-time (standalone) and the run-time compilation of the schemas. */
export const AJV_OPTIONS: Options = {
  allErrors: true,
  verbose: true,
  strict: true,
  strictTypes: false,
  strictRequired: false,
  allowUnionTypes: true,
};

/** A configured ajv instance; loaded with require so the CLI pays for ajv only when it compiles. */
export function createAjv(extra: Options = {}): Ajv {
  const { Ajv2020 } = require('ajv/dist/2020.js') as typeof import('ajv/dist/2020.js');
  const addFormats = require('ajv-formats') as AddFormats;
  const ajv = new Ajv2020({ ...AJV_OPTIONS, ...extra });
  addFormats(ajv, ['date', 'date-time', 'uri']);
  return ajv;
}
