import { describe, expect, it } from 'vitest';
import { runCli } from './validate-harness.js';

// One reader names a file as the user typed it: every command says the same line for a missing file.
describe('a missing answers file: the same one line from every command, naming it as typed', () => {
  it.each([
    ['validate', 'nope.yaml'],
    ['score', 'nope.yaml'],
    ['report', 'nope.yaml'],
    ['compare', 'nope.yaml', 'nope.yaml'],
    ['validate', 'sub/nope.yaml'],
    ['score', 'sub/nope.yaml'],
    ['report', 'sub/nope.yaml'],
    ['compare', 'sub/nope.yaml', 'test/fixtures/compare/gov-2026.yaml'],
  ])('%s %s', async (...args) => {
    const run = await runCli(args);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(`opsc-audit: ${args[1]}: no such file\n`);
    expect(run.stdout).toBe('');
  });
});
