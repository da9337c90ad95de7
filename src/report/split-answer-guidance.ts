import { plainMarkdown } from '../text/plain-markdown.js';

/** Guidance with the bullets that describe single answers taken out, and those descriptions by answer. */
export interface SplitGuidance {
  /** The guidance without the answer bullets, as Markdown (empty when nothing else is left). */
  rest: string;
  /** For each answer, in order, the guidance's description of it as plain text, or null. */
  descriptions: (string | null)[];
}

const BULLET = /^\s*[-*+]\s+(?:\*\*|__)(.+?)(?:\*\*|__)\s*:?\s*(.*)$/;

/**
 * Takes out of checklist guidance the `- **Label:** text` bullets that describe one answer of the question
 * (matched by any of its names: label or key, ignoring case, quotes and a trailing colon), so that a paper form
 * prints each answer once, with the question's own description of it.
 */
export function splitAnswerGuidance(markdown: string, names: readonly (readonly string[])[]): SplitGuidance {
  const descriptions: (string | null)[] = names.map(() => null);
  const wanted = names.map((list) => new Set(list.map(normalize)));
  const lines = markdown.split('\n');
  const kept: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const match = BULLET.exec(lines[i] ?? '');
    const at = match ? wanted.findIndex((set) => set.has(normalize(match[1] ?? ''))) : -1;
    if (!match || at < 0 || descriptions[at] !== null) {
      kept.push(lines[i] ?? '');
      continue;
    }
    const words = [match[2] ?? ''];
    while (i + 1 < lines.length && /^\s+\S/.test(lines[i + 1] ?? '') && !BULLET.test(lines[i + 1] ?? ''))
      words.push(lines[++i] ?? '');
    descriptions[at] = plainMarkdown(words.map((w) => w.trim()).join(' ')).trim() || null;
  }
  return {
    rest: kept
      .join('\n')
      .replace(/\n{3,}/g, '\n\n')
      .trim(),
    descriptions,
  };
}

function normalize(name: string): string {
  return name
    .replace(/["“”'‘’:]/g, '')
    .trim()
    .toLowerCase();
}
