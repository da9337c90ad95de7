import { readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

// `opsc-audit --version` answers before the command-line parser and the message catalog are loaded: scripts and
// CI call it often. This follows the static imports of src/cli.ts (dynamic `import()` is loaded only when used;
// `import type` is erased).

const root = join(import.meta.dirname, '..', '..');

/** The source files a module imports statically, as paths relative to the repository. */
function staticImports(file: string): string[] {
  const source = readFileSync(join(root, file), 'utf8');
  const specifiers = [
    ...source.matchAll(/^(?:import|export)\s(?!type\s)(?:[^;]*?from\s+)?'(\.[^']+)'/gms),
  ].map((m) => m[1] ?? '');
  return specifiers.map((s) => relative(root, join(root, dirname(file), s.replace(/\.js$/, '.ts'))));
}

function reachable(start: string): Set<string> {
  const seen = new Set<string>([start]);
  for (const file of seen) for (const next of staticImports(file)) seen.add(next);
  return seen;
}

describe('--version', () => {
  it('loads neither the message catalog nor the command-line parser', () => {
    const loaded = [...reachable('src/cli.ts')];
    expect(loaded).toContain('src/output/std-output.ts');
    expect(loaded.filter((f) => f.startsWith('src/i18n/') || f === 'src/main.ts')).toEqual([]);
    expect(reachable('src/main.ts')).toContain('src/i18n/en.ts');
  });
});
