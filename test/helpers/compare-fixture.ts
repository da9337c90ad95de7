import { join } from 'node:path';
import { loadComparePair } from '../../src/commands/compare-inputs.js';
import { compareAnswers } from '../../src/compare/compare-answers.js';
import { buildCompareView } from '../../src/compare/build-compare-view.js';
import type { CompareView } from '../../src/compare/view-types.js';
import type { CompareMode } from '../../src/compare/types.js';
import { fakeIo } from './io.js';

export const root = join(import.meta.dirname, '..', '..');
export const C = 'test/fixtures/compare';

/** The comparison view of two fixture answers files (paths relative to the repo), as the command builds it. */
export async function compareFixtureView(
  base: string,
  current: string,
  options: { baseChecklist?: string; mode?: CompareMode; includePrivate?: boolean } = {},
): Promise<CompareView> {
  const io = fakeIo(root);
  const pair = await loadComparePair(
    { base, current },
    { checklist: `${C}/checklist-v1.1.yaml`, baseChecklist: options.baseChecklist },
    io,
  );
  const comparison = compareAnswers({ ...pair, mode: options.mode });
  return buildCompareView(
    comparison,
    pair.index,
    { base: pair.base.answers, current: pair.current.answers },
    {
      includePrivate: options.includePrivate === true,
      generator: 'opsc-audit test',
      files: { base, current },
    },
  );
}
