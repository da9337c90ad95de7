import { describe, expect, it } from 'vitest';
import { isMap } from 'yaml';
import { locate } from '../../src/parse/locate.js';
import { parseExactYaml } from '../../src/parse/parse-yaml.js';

/** An answers-like file whose `answers` map has `n` keys; returns it parsed with exact positions. */
function manyAnswers(n: number) {
  const lines = ['format: opsc-audit/answers@1', 'answers:'];
  for (let i = 0; i < n; i++) lines.push(`  UNK-X-${i}:`, '    level: none');
  return parseExactYaml(lines.join('\n') + '\n');
}

describe('issue 12 point 13: positions are looked up through an index', () => {
  it('12.13: locating every key of a 5,000-key map reads each pair a bounded number of times', () => {
    const n = 5_000;
    const parsed = manyAnswers(n);
    const root = parsed.doc.contents;
    const answers = isMap(root) ? root.get('answers', true) : undefined;
    if (!isMap(answers)) throw new Error('no answers map');
    // Count how often the map's pairs are read while every key is located.
    let reads = 0;
    answers.items = new Proxy(answers.items, {
      get(target, key, receiver) {
        if (typeof key === 'string' && /^\d+$/.test(key)) reads++;
        return Reflect.get(target, key, receiver) as unknown;
      },
    });
    for (let i = 0; i < n; i++) {
      expect(locate(parsed, ['answers', `UNK-X-${i}`], true)).toEqual({ line: 3 + 2 * i, col: 3 });
    }
    // A search of the list for each key reads n²/2 = 12.5 million pairs; the index reads each one once.
    expect(reads).toBeLessThanOrEqual(2 * n);
  });

  it('12.13: with a duplicate key, the position is still that of the first', () => {
    const parsed = parseExactYaml('answers:\n  A-1: 1\n  A-1: 2\n');
    expect(locate(parsed, ['answers', 'A-1'], true)).toEqual({ line: 2, col: 3 });
  });
});
