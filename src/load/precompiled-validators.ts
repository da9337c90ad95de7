import { createRequire } from 'node:module';
import type { ValidateFunction } from 'ajv';
import type { SchemaName } from '../model/schema-source.js';

const require = createRequire(import.meta.url);

/**
 * The validator of a schema compiled at build time (scripts/build-validators.mjs writes
 * dist/validate/generated/<name>.cjs): required from there by tsc's output in dist/, absent when running from
 * source. The bundle (scripts/build-bundle.mjs) replaces this module with one that holds the three validators, each
 * evaluated on its first use, so they are part of the bundle and nothing is read from dist/validate/ at run time.
 */
export function precompiledValidator(name: SchemaName): ValidateFunction | undefined {
  try {
    return require(`../validate/generated/${name}.cjs`) as ValidateFunction;
  } catch {
    return undefined;
  }
}
