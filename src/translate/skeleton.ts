import { stringify } from 'yaml';
import type { TranslationEntry } from './entries.js';
import { TRANSLATION_FORMAT } from './file-name.js';

/** What a new translation file says at its top and who the file is for. */
export interface SkeletonHead {
  checklistId: string;
  language: string;
  /** Comment lines (without `#`) explaining how to translate and stamp the file. */
  help: readonly string[];
}

/**
 * A new translation file: every entry listed with its English as comments under its key (so the file parses with
 * nothing translated); a translator uncomments a field and replaces the English.
 */
export function translationSkeleton(head: SkeletonHead, entries: readonly TranslationEntry[]): string {
  const lines = [
    '# yaml-language-server: $schema=../schemas/checklist-translation.schema.json',
    ...head.help.map((l) => (l === '' ? '#' : `# ${l}`)),
    `format: ${TRANSLATION_FORMAT}`,
    `checklist: ${head.checklistId}`,
    `language: ${head.language}`,
    'translators: []',
    'reviewers: []',
  ];
  const open = new Set<string>();
  for (const entry of entries) {
    // Open each enclosing map once (`questions:`, `scales:` then `  agree:`).
    for (let depth = 0; depth < entry.path.length - 1; depth++) {
      const prefix = entry.path.slice(0, depth + 1).join('\u0000');
      if (open.has(prefix)) continue;
      open.add(prefix);
      lines.push(`${'  '.repeat(depth)}${yamlKey(entry.path[depth] ?? '')}:`);
    }
    const depth = entry.path.length - 1;
    lines.push(`${'  '.repeat(depth)}${yamlKey(entry.path[depth] ?? '')}:`);
    const indent = '  '.repeat(depth + 1);
    const english = stringify(entry.english, { lineWidth: 0 }).replace(/\n$/, '');
    if (Object.keys(entry.english).length > 0)
      for (const line of english.split('\n')) lines.push(`${indent}# ${line}`.trimEnd());
  }
  return `${lines.join('\n')}\n`;
}

/** A key as YAML writes it: plain when it is safe so, quoted otherwise (`"0"`, `"yes"`). */
function yamlKey(key: string): string {
  return stringify({ [key]: null })
    .replace(/: null\n$/, '')
    .replace(/:\n$/, '');
}
