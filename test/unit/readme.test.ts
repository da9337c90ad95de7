import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checklistTable } from '../../scripts/checklist-table.mjs';

const root = join(import.meta.dirname, '..', '..');
const readme = readFileSync(join(root, 'README.md'), 'utf8');

describe('README', () => {
  it('shows the current table of bundled checklists (regenerate with node scripts/checklist-table.mjs)', () => {
    const table = /<!-- CHECKLIST-TABLE:START -->\n([\s\S]*?)\n<!-- CHECKLIST-TABLE:END -->/.exec(
      readme,
    )?.[1];
    expect(table).toBe(checklistTable(join(root, 'checklists')));
  });

  it.each(['list', 'show', 'validate', 'assess', 'score', 'report', 'compare'])(
    'documents `opsc-audit %s` with an example',
    (command) => {
      expect(readme).toMatch(new RegExp(`npx opsc-audit ${command}\\b`));
    },
  );

  it('gives the install, first-run and test commands', () => {
    expect(readme).toContain('npm ci');
    expect(readme).toContain('npx opsc-audit assess');
    expect(readme).toContain('npm test');
  });
  it('lists every diagnostic code the program can emit, and no other, in its table of codes', () => {
    const source = readFileSync(join(root, 'src', 'model', 'diagnostic.ts'), 'utf8');
    const union = /export type DiagnosticCode =([^;]+);/.exec(source)?.[1] ?? '';
    const codes = [...union.matchAll(/'([a-z0-9-]+)'/g)].map((m) => m[1]).sort();
    const section = readme.slice(readme.indexOf('### Diagnostic codes'), readme.indexOf('### Limits'));
    const listed = [...section.matchAll(/^\| `([a-z0-9-]+)`/gm)].map((m) => m[1]).sort();
    expect(codes.length).toBeGreaterThan(40);
    expect(listed).toEqual(codes);
  });
});
