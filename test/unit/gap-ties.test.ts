import { describe, expect, it } from 'vitest';
import { tiedAfterTop } from '../../src/score/rank-gaps.js';
import { main } from '../../src/main.js';
import { fakeIo } from '../helpers/io.js';

async function run(args: string[]): Promise<string> {
  const io = fakeIo(process.cwd());
  expect(await main(args, io)).toBe(0);
  return io.out();
}

describe('a top list that ends inside a tie says so', () => {
  it('counts the gaps after the first n that equal the n-th, within rounding noise', () => {
    expect(tiedAfterTop([5, 5, 4, 4, 4, 3], 2)).toBe(0);
    expect(tiedAfterTop([5, 5, 4, 4, 4, 3], 3)).toBe(2);
    expect(tiedAfterTop([5, 5, 4, 4 + 1e-13, 4 - 1e-13, 3], 3)).toBe(2);
    expect(tiedAfterTop([5, 4, 4], 5)).toBe(0);
    expect(tiedAfterTop([4, 4], 0)).toBe(0);
  });

  it('the NGO example: 13 gaps tie with the fifth at 4.00, and the report and score say how many', async () => {
    const view = JSON.parse(await run(['report', 'examples/veloria-ngo.answers.yaml', '-f', 'json'])) as {
      summary: { topGaps: unknown[]; moreTied: string | null };
    };
    expect(view.summary.topGaps).toHaveLength(5);
    expect(view.summary.moreTied).toBe(
      '… and 13 more gaps at the same priority (weighted gap 4.00), listed with the others below.',
    );
    const score = await run(['score', 'examples/veloria-ngo.answers.yaml']);
    expect(score).toContain(
      '  … and 13 more at the same priority (4.00): opsc-audit report lists every gap\n',
    );
    const md = await run(['report', 'examples/veloria-ngo.answers.yaml', '-f', 'md']);
    expect(md).toMatch(/\n5\. [^\n]+\n\n… and 13 more gaps at the same priority \(weighted gap 4\.00\)/);
  });

  it('says nothing when the list ends between two different gaps', async () => {
    const view = JSON.parse(
      await run(['report', 'examples/veloria-government.answers.yaml', '-f', 'json']),
    ) as {
      summary: { moreTied: string | null };
    };
    expect(view.summary.moreTied).toBeNull();
    expect(await run(['score', 'examples/veloria-government.answers.yaml'])).not.toContain('same priority');
  });
});
