import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { collectAfterInput, LARGE_INPUT_CHARS } from '../../src/load/collect-garbage.js';
import { loadYamlFile } from '../../src/load/load-file.js';
import { filesMatching } from '../helpers/source-files.js';

const events = vi.hoisted(() => [] as string[]);
vi.mock('../../src/load/collect-garbage.js', async (importActual) => {
  const actual = await importActual<typeof import('../../src/load/collect-garbage.js')>();
  return {
    ...actual,
    collectAfterInput: (chars: number) => {
      const collected = actual.collectAfterInput(chars);
      events.push(`collect ${chars} ${collected}`);
      return collected;
    },
  };
});

/** A WeakRef to an object nothing else holds. */
function unreachable(): WeakRef<object> {
  return new WeakRef({ payload: new Array(1000).fill('x') });
}

/** Lets the current job end: WeakRef targets are kept alive until then. */
const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/** A YAML file of exactly `chars` characters. */
function yamlOf(chars: number): string {
  const dir = mkdtempSync(join(tmpdir(), 'opsc-gc-'));
  const head = 'text: ';
  const file = join(dir, `${chars}.yaml`);
  writeFileSync(file, `${head}${'x'.repeat(chars - head.length - 1)}\n`);
  return file;
}

describe('one garbage-collection policy, run by the loader', () => {
  it('collects after a large input, freeing what is no longer reachable, without node --expose-gc', async () => {
    const ref = unreachable();
    await nextTurn();
    expect(collectAfterInput(LARGE_INPUT_CHARS)).toBe(true);
    expect(ref.deref()).toBeUndefined();
    expect((globalThis as { gc?: unknown }).gc).toBeUndefined();
  });

  it('leaves a smaller input to V8', () => {
    expect(collectAfterInput(LARGE_INPUT_CHARS - 1)).toBe(false);
    expect(collectAfterInput(0)).toBe(false);
  });

  it('the loader collects after the caller has taken what it keeps from a large file, and only then', async () => {
    for (const chars of [LARGE_INPUT_CHARS, 1000]) {
      events.length = 0;
      const kept = await loadYamlFile(yamlOf(chars), 'f.yaml', (loaded) => {
        events.push(`use ${loaded.status}`);
        return loaded.status;
      });
      expect(kept).toBe('parsed');
      expect(events).toEqual(['use parsed', `collect ${chars} ${chars === LARGE_INPUT_CHARS}`]);
    }
  });

  it('does not collect after the last input of a run, which is about to end', async () => {
    events.length = 0;
    const kept = await loadYamlFile(
      yamlOf(LARGE_INPUT_CHARS),
      'f.yaml',
      (loaded) => {
        events.push(`use ${loaded.status}`);
        return loaded.status;
      },
      { lastInput: true },
    );
    expect(kept).toBe('parsed');
    expect(events).toEqual(['use parsed']);
  });

  it('is called from the loader only: no command or reader decides on collections or the young generation', () => {
    const callers = filesMatching(/collect-garbage\.js'/, (path) => path === 'src/load/collect-garbage.ts');
    expect(callers).toEqual([
      "src/load/load-file.ts: import { collectAfterInput, holdYoungGeneration } from './collect-garbage.js';",
    ]);
  });
});
