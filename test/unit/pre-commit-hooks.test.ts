import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const root = join(import.meta.dirname, '..', '..');

interface Hook {
  id: string;
  entry: string;
  language: string;
  files: string;
  require_serial?: boolean;
}

const hooks = parse(readFileSync(join(root, '.pre-commit-hooks.yaml'), 'utf8')) as Hook[];
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { bin: Record<string, string> };
const npmrc = readFileSync(join(root, '.npmrc'), 'utf8');

describe('the pre-commit hook for checklist maintainers', () => {
  const hook = hooks.find((h) => h.id === 'opsc-audit-validate');

  it('runs validate through the command the package installs, in one run for all files', () => {
    expect(hook?.language).toBe('node');
    expect(hook?.entry.split(' ')[0]).toBe(Object.keys(pkg.bin)[0]);
    expect(hook?.entry.split(' ')[1]).toBe('validate');
    expect(hook?.require_serial).toBe(true);
  });

  it('checks checklists and answers files by default, not other YAML', () => {
    const files = new RegExp(hook?.files ?? '^$');
    for (const path of [
      'checklists/my-list.yaml',
      'lists/checklists/b.yml',
      'kenya.answers.yaml',
      'a/b.answers.yml',
    ])
      expect(path).toMatch(files);
    for (const path of [
      '.github/workflows/ci.yaml',
      '.pre-commit-config.yaml',
      'answers.yaml.bak',
      'docs/x.yaml',
    ])
      expect(path).not.toMatch(files);
  });

  it('can be installed: npm pack prints only the file name (pre-commit reads it), the build runs quietly', () => {
    expect(npmrc).toMatch(/^foreground-scripts=false$/m);
  });
});
