import type { ParsedYaml } from '../../src/parse/parsed.js';

type Path = (string | number)[];

/** Every path in a value, and next to each collection's paths one that does not exist (and one past a scalar). */
export function allPaths(value: unknown, path: Path = [], out: Path[] = []): Path[] {
  out.push(path);
  if (Array.isArray(value)) {
    value.forEach((item, i) => allPaths(item, [...path, i], out));
    out.push([...path, value.length], [...path, 'x']);
  } else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) allPaths(item, [...path, key], out);
    out.push([...path, 'no-such-key'], [...path, 0]);
  } else out.push([...path, 'below']);
  return out;
}

/** Each path located by both parses, as a key and as a value: where they differ. */
export function locateDiffers(fast: ParsedYaml, exact: ParsedYaml, data: unknown): string[] {
  const differs: string[] = [];
  for (const path of allPaths(data)) {
    for (const atKey of [false, true]) {
      const a = fast.locate(path, atKey);
      const b = exact.locate(path, atKey);
      if (a.line !== b.line || a.col !== b.col)
        differs.push(
          `${JSON.stringify(path)}${atKey ? ' (key)' : ''}: ${a.line}:${a.col} vs ${b.line}:${b.col}`,
        );
    }
  }
  return differs;
}
