import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

// dist/load/paths.js and src/load/paths.ts both sit two levels below the package root.
const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Absolute path of the installed package's root. */
export const packageRoot = root;
/** Folder of the bundled checklists. */
export const checklistsDir = join(root, 'checklists');
/** Folder of the report templates. */
export const templatesDir = join(root, 'templates');

/** Absolute path of a shipped JSON Schema. */
export function schemaPath(name: 'checklist' | 'answers'): string {
  return join(root, 'schemas', `${name}.schema.json`);
}
