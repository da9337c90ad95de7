import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../cli/validate-harness.js';

// The layer rules live in eslint.config.js; this runs the real configuration on wrong imports held in memory (under
// the names of real files, which type-aware linting needs), so the rules cannot silently disappear.
const eslint = new ESLint({ cwd: repoRoot });
const LAYER_RULES = new Set(['no-restricted-imports', 'no-restricted-syntax', 'no-restricted-globals']);

async function layerErrors(filePath: string, text: string): Promise<string[]> {
  const [result] = await eslint.lintText(text, { filePath: `${repoRoot}/${filePath}` });
  return (result?.messages ?? [])
    .filter((m) => m.ruleId !== null && LAYER_RULES.has(m.ruleId))
    .map((m) => `${String(m.line)}:${String(m.column)} ${m.message}`);
}

describe('layer rules (eslint.config.js)', () => {
  it('refuses file-system, process and load code in the core', async () => {
    const errors = await layerErrors(
      'src/score/index.ts',
      [
        "import { readFileSync } from 'node:fs';",
        "import { LIMITS } from '../parse/limits.js';",
        "export const read = async () => (await import('../load/read-text.js')).readText;",
        'export const where = (): string => process.cwd();',
        'export { readFileSync, LIMITS };',
        '',
      ].join('\n'),
    );
    expect(errors).toEqual([
      "1:1 'node:fs' import is restricted from being used by a pattern. core code does no I/O: the command layer passes in what it needs.",
      "2:1 '../parse/limits.js' import is restricted from being used by a pattern. layers: src/score may import only model, i18n, text (eslint.config.js).",
      '3:40 layers: src/score may import only model, i18n, text (eslint.config.js).',
      "4:36 Unexpected use of 'process'. core code gets env, cwd and streams passed in (Io).",
    ]);
  }, 120_000);

  it('keeps report and validate out of load, and load out of validate', async () => {
    expect(
      await layerErrors(
        'src/load/read-text.ts',
        "export type { ReportView } from '../report/view-types.js';\n",
      ),
    ).toEqual([
      "1:1 '../report/view-types.js' import is restricted from being used by a pattern. layers: src/load may import only model, i18n, text, parse (eslint.config.js).",
    ]);
    expect(
      await layerErrors('src/validate/schemas.ts', "export { schemaPath } from '../load/paths.js';\n"),
    ).toEqual([
      "1:1 '../load/paths.js' import is restricted from being used by a pattern. layers: src/validate may import only model, i18n, text, parse, translate (eslint.config.js).",
    ]);
  }, 120_000);

  it('lets the command layer wire everything, and the core hash', async () => {
    expect(
      await layerErrors(
        'src/open/checklists.ts',
        "export { readText } from '../load/read-text.js';\nexport { schemaErrors } from '../validate/schemas.js';\n",
      ),
    ).toEqual([]);
    expect(
      await layerErrors(
        'src/commands/list.ts',
        "export { readFile } from 'node:fs/promises';\nexport { loadChecklist } from '../open/checklists.js';\n",
      ),
    ).toEqual([]);
    expect(await layerErrors('src/model/digest.ts', "export { createHash } from 'node:crypto';\n")).toEqual(
      [],
    );
  }, 120_000);
});
