import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = join(import.meta.dirname, '..', '..');

/** Every TypeScript file under src/, as a path relative to the repository root with its text. */
export function sourceFiles(): { path: string; text: string }[] {
  return readdirSync(join(root, 'src'), { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts'))
    .sort()
    .map((f) => {
      const full = join(root, 'src', f);
      return { path: relative(root, full).split('\\').join('/'), text: readFileSync(full, 'utf8') };
    });
}

/** The files whose text matches a pattern, with the first matching line of each. */
export function filesMatching(pattern: RegExp, except: (path: string) => boolean): string[] {
  const out: string[] = [];
  for (const { path, text } of sourceFiles()) {
    if (except(path)) continue;
    const line = text.split('\n').find((l) => pattern.test(l));
    if (line !== undefined) out.push(`${path}: ${line.trim()}`);
  }
  return out;
}
