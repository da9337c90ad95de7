import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

// This module sits two folders below the package root in every build: src/load/paths.ts, tsc's dist/load/paths.js
// and the bundle's chunks, dist/chunks/*.js (scripts/build-bundle.mjs fails if it would land in dist/cli.js).
const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Absolute path of the installed package's root. */
export const packageRoot = root;
/** Folder of the bundled checklists. */
export const checklistsDir = join(root, 'checklists');
/** Folder of the report templates. */
export const templatesDir = join(root, 'templates');

/** Absolute path of a shipped JSON Schema. */
export function schemaPath(name: 'checklist' | 'answers' | 'checklist-translation'): string {
  return join(root, 'schemas', `${name}.schema.json`);
}
