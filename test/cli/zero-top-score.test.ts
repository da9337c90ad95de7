import { describe, expect, it } from 'vitest';
import { runCli } from './validate-harness.js';

const FIXTURE = 'test/fixtures/checklists/invalid/zero-top-score.yaml';

describe('issue 12 point 10: a scored question that can never score above 0', () => {
  it('12.10: validate reports each one at its scores, with a code, and --strict fails on it', async () => {
    const run = await runCli(['validate', FIXTURE]);
    const lines = run.stdout.split('\n').filter((l) => l.includes('zero-top-score'));
    expect(lines).toEqual([
      `${FIXTURE}:24:18 warning zero-top-score Q-1 can never score above 0 (every option scores 0), so no answer to it can count in any score; give its best answer a positive score, or make it a text question`,
      `${FIXTURE}:31:11 warning zero-top-score Q-2 can never score above 0 (every option scores 0), so no answer to it can count in any score; give its best answer a positive score, or make it a text question`,
      `${FIXTURE}:37:21 warning zero-top-score Q-3 can never score above 0 (every threshold scores 0), so no answer to it can count in any score; give its best answer a positive score, or make it a text question`,
    ]);
    // Q-4 scores up to 2 and Q-5 (a number without thresholds) is unscored on purpose: neither is reported.
    expect(run.stdout).not.toMatch(/Q-4|Q-5/);
    expect(run.code).toBe(0);
    expect((await runCli(['validate', '--strict', FIXTURE])).code).toBe(1);
  });
});
