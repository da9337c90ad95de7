import { describe, expect, it } from 'vitest';
import { collectGarbage, collectGarbageIfLarge } from '../../src/load/collect-garbage.js';

/** A WeakRef to an object nothing else holds. */
function unreachable(): WeakRef<object> {
  return new WeakRef({ payload: new Array(1000).fill('x') });
}

/** Lets the current job end: WeakRef targets are kept alive until then. */
const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

describe('collecting garbage between phases of a large run', () => {
  it('frees what is no longer reachable, without node --expose-gc', async () => {
    const ref = unreachable();
    await nextTurn();
    collectGarbage();
    expect(ref.deref()).toBeUndefined();
    expect((globalThis as { gc?: unknown }).gc).toBeUndefined();
  });

  it('collects for a checklist of 1,000 questions or more, and frees what is unreachable', async () => {
    const large = unreachable();
    await nextTurn();
    expect(collectGarbageIfLarge(1000)).toBe(true);
    expect(large.deref()).toBeUndefined();
    expect(collectGarbageIfLarge(25_000)).toBe(true);
  });

  it('leaves a usual checklist of fewer than 1,000 questions to V8', () => {
    expect(collectGarbageIfLarge(999)).toBe(false);
    expect(collectGarbageIfLarge(100)).toBe(false);
    expect(collectGarbageIfLarge(0)).toBe(false);
  });
});
