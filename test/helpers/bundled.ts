import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseYaml } from '../../src/parse/parse-yaml.js';
import { validateChecklistDocument } from '../../src/validate/validate-document.js';
import type { Checklist } from '../../src/model/checklist.js';
import type { Diagnostic } from '../../src/model/diagnostic.js';
import { isTranslationFileName } from '../../src/translate/file-name.js';

export const checklistsDir = join(import.meta.dirname, '..', '..', 'checklists');

/** Every bundled checklist file, parsed and validated. */
export function loadBundled(): {
  file: string;
  checklist: Checklist | undefined;
  diagnostics: Diagnostic[];
}[] {
  return readdirSync(checklistsDir)
    .filter((n) => n.endsWith('.yaml') && !isTranslationFileName(n))
    .sort()
    .map((name) => {
      const file = join(checklistsDir, name);
      const result = validateChecklistDocument(parseYaml(readFileSync(file, 'utf8')), `checklists/${name}`);
      return { file: name, checklist: result.value, diagnostics: result.diagnostics };
    });
}
