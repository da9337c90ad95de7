import { describe, expect, it } from 'vitest';
import { tiedAfterTop, type RankKey } from '../../src/score/rank-gaps.js';
import { main } from '../../src/main.js';
import { fakeIo } from '../helpers/io.js';

async function run(args: string[]): Promise<string> {
  const io = fakeIo(process.cwd());
  expect(await main(args, io)).toBe(0);
  return io.out();
}

describe('a top list that ends inside a tie says so', () => {
  // Gaps of one basis and weight, so that only the weighted gap tells them apart.
  const keys = (gaps: number[]): RankKey[] =>
    gaps.map((gap, index) => ({ gap, basis: 'recommendation', weight: 4, index }));

  it('counts the gaps after the first n that equal the n-th, within rounding noise', () => {
    expect(tiedAfterTop(keys([5, 5, 4, 4, 4, 3]), 2)).toBe(0);
    expect(tiedAfterTop(keys([5, 5, 4, 4, 4, 3]), 3)).toBe(2);
    expect(tiedAfterTop(keys([5, 5, 4, 4 + 1e-13, 4 - 1e-13, 3]), 3)).toBe(2);
    expect(tiedAfterTop(keys([5, 4, 4]), 5)).toBe(0);
    expect(tiedAfterTop(keys([4, 4]), 0)).toBe(0);
  });

  it('a gap equal in size but of another basis or weight is not a tie: the ranking rule already orders it', () => {
    const [a, b, c] = keys([4, 4, 4]);
    if (!a || !b || !c) throw new Error('keys');
    expect(tiedAfterTop([a, { ...b, basis: 'practice' }], 1)).toBe(0);
    expect(tiedAfterTop([a, { ...b, weight: 3 }], 1)).toBe(0);
    expect(tiedAfterTop([a, b, c], 1)).toBe(2);
  });

  it('the NGO example: 13 gaps tie with the fifth (4.00, a recommendation of weight 4), and the report and score say how many', async () => {
    const data = JSON.parse(await run(['report', 'examples/veloria-ngo.answers.yaml', '-f', 'json'])) as {
      gaps: { gap: number; basis: string; weight: number }[];
    };
    const fifth = data.gaps[4];
    expect(fifth).toMatchObject({ gap: 4, basis: 'recommendation', weight: 4 });
    const tied = data.gaps
      .slice(5)
      .filter((g) => g.gap === fifth?.gap && g.basis === fifth.basis && g.weight === fifth.weight);
    expect(tied).toHaveLength(13);
    const score = await run(['score', 'examples/veloria-ngo.answers.yaml']);
    expect(score).toContain(
      '  … and 13 more at the same priority (4.00): opsc-audit report lists every gap\n',
    );
    const md = await run(['report', 'examples/veloria-ngo.answers.yaml', '-f', 'md']);
    expect(md).toMatch(
      /\n\| 5 \| [^\n]+ \|\n\n… and 13 more gaps at the same priority as the last action \(weighted gap 4\.00\)\./,
    );
  });
});
