import { isMap, isScalar, parseDocument, type YAMLMap } from 'yaml';
import type { TranslationEntry } from './entries.js';
import { sourceHash, yamlHash } from './source-hash.js';

/** What stamping a translation file did. */
export interface StampResult {
  /** The file's new text: the old one with `source:` lines added, every other byte kept. */
  text: string;
  /** Paths (`questions.PRV-LAW-01`) of the entries stamped now. */
  stamped: string[];
  /** Paths of entries whose `source` is not the hash of the current English: translated before it changed. */
  outdated: string[];
  /** False when the text is not YAML the tool can edit (nothing stamped then). */
  readable: boolean;
}

/**
 * Adds `source: <hash of the current English>` to every entry of a translation file that has translated text and
 * no `source`. The document is parsed only to find where each entry's first key starts; the line is then inserted
 * into the text there, so the translators' text, order, comments, quoting and line breaks stay byte for byte
 * (a re-serialised document would re-fold long lines). A `source` already there is never changed: an outdated
 * entry is confirmed by deleting its `source` line and stamping again.
 */
export function stampSources(text: string, entries: readonly TranslationEntry[]): StampResult {
  const doc = parseDocument(text, { uniqueKeys: false });
  if (doc.errors.length > 0 || !isMap(doc.contents))
    return { text, stamped: [], outdated: [], readable: false };
  const inserts: { at: number; text: string }[] = [];
  const stamped: string[] = [];
  const outdated: string[] = [];
  const newline = text.includes('\r\n') ? '\r\n' : '\n';
  for (const entry of entries) {
    const node = doc.getIn(entry.path, true);
    if (!isMap(node) || !hasTranslation(node)) continue;
    const hash = sourceHash(entry.english);
    const written = yamlHash(hash);
    const source = node.get('source', true);
    if (source !== undefined) {
      if (!isScalar(source) || String(source.value) !== hash) outdated.push(entry.path.join('.'));
      continue;
    }
    const first = node.items[0]?.key;
    const at = isScalar(first) ? first.range?.[0] : undefined;
    if (at === undefined) continue;
    const column = at - (text.lastIndexOf('\n', at - 1) + 1);
    const line = node.flow ? `source: ${written}, ` : `source: ${written}${newline}${' '.repeat(column)}`;
    inserts.push({ at, text: line });
    stamped.push(entry.path.join('.'));
  }
  let out = text;
  for (const { at, text: line } of inserts.sort((a, b) => b.at - a.at))
    out = out.slice(0, at) + line + out.slice(at);
  return { text: out, stamped, outdated, readable: true };
}

/** Whether an entry map gives any translated text (a field other than `source` with a non-empty value). */
function hasTranslation(node: YAMLMap): boolean {
  return node.items.some((pair) => {
    if (!isScalar(pair.key) || pair.key.value === 'source') return false;
    const value = pair.value;
    if (isScalar(value)) return typeof value.value === 'string' && value.value.trim() !== '';
    return isMap(value) && value.items.length > 0;
  });
}
