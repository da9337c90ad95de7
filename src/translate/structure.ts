/** What a translation must keep of its English text's structure. */
export type StructurePart = 'placeholders' | 'lists' | 'bold';

/**
 * The parts of the English's structure a translated text does not keep: its `{placeholder}` names, its Markdown
 * list items (lines starting with `-`, `*` or `1.`) and its bold markers (`**`). Cheap counts, not a parse:
 * enough to catch a lost lead-in or a dropped level descriptor.
 */
export function structureDifferences(english: string, translated: string): StructurePart[] {
  const found: StructurePart[] = [];
  if (placeholders(english) !== placeholders(translated)) found.push('placeholders');
  if (
    count(english, /^[ \t]*(?:[-*]|\d+[.)])[ \t]/gm) !== count(translated, /^[ \t]*(?:[-*]|\d+[.)])[ \t]/gm)
  )
    found.push('lists');
  if (count(english, /\*\*/g) !== count(translated, /\*\*/g)) found.push('bold');
  return found;
}

function placeholders(text: string): string {
  return [...text.matchAll(/\{[A-Za-z_][A-Za-z0-9_]*\}/g)]
    .map((m) => m[0])
    .sort()
    .join(' ');
}

function count(text: string, pattern: RegExp): number {
  return [...text.matchAll(pattern)].length;
}
