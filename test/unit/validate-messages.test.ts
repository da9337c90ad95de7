import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { en } from '../../src/i18n/en.js';
import type { Diagnostic } from '../../src/model/diagnostic.js';
import { repoRoot, runCli } from '../cli/validate-harness.js';

// Every message the validation rules word comes from the catalog, under a key that names its diagnostic code:
// `validate.<code>` or `validate.<code>.<variant>`. TypeScript already refuses a key that is not in the catalog
// (`t` takes a MessageKey), and message-catalog.test.ts refuses a key nothing asks for; this test checks what the
// types cannot: that each diagnostic carries a message of its own code, and that every key names a real code.

// Each message is its key, so the diagnostics say which message they were given.
vi.mock('../../src/i18n/format.js', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../src/i18n/format.js')>()),
  translator: () => (key: string) => key,
}));

/** Codes whose messages are worded outside src/validate, each with where. */
const wordedElsewhere: ReadonlySet<string> = new Set([
  // src/load: reading and parsing the file
  'yaml-syntax',
  'yaml-alias-limit',
  'yaml-too-deep',
  'yaml-duplicate-key',
  'forbidden-key',
  'checklist-not-found',
  // src/model/answer-kinds: each answer kind words the problems of its answers, targets and condition values
  'answer-kind',
  'unknown-level',
  'unknown-option',
  'unknown-scale-key',
  'target-out-of-range',
  'kind-mismatch',
]);

/** Codes the schema findings give, worded by the `validate.schema.*` messages. */
const schemaCodes: ReadonlySet<string> = new Set(['schema', 'weight-out-of-range']);

const diagnosticCodes = (): string[] => {
  const source = readFileSync(join(repoRoot, 'src/model/diagnostic.ts'), 'utf8');
  const union = /export type DiagnosticCode =([^;]+);/.exec(source)?.[1] ?? '';
  return [...union.matchAll(/'([a-z-]+)'/g)].map((m) => m[1] ?? '');
};

const yamlFiles = (dir: string): string[] =>
  readdirSync(join(repoRoot, dir))
    .filter((n) => n.endsWith('.yaml'))
    .sort()
    .map((n) => `${dir}/${n}`);

/** The diagnostics of every invalid fixture (which together give every code), answers with their checklists. */
async function fixtureDiagnostics(): Promise<Diagnostic[]> {
  const files = [
    ...yamlFiles('test/fixtures/checklists/invalid'),
    ...yamlFiles('test/fixtures/checklists/conditions'),
    ...yamlFiles('test/fixtures/answers/invalid'),
  ];
  const withChecklists = [...files, ...yamlFiles('test/fixtures/checklists/valid')];
  const run = await runCli(['validate', '-f', 'json', ...withChecklists]);
  // Answers checked against a checklist they do not name: checklist-mismatch, and the answers of all-kinds.
  const against = await runCli([
    'validate',
    '-f',
    'json',
    '--checklist',
    'test/fixtures/checklists/valid/all-kinds.yaml',
    ...yamlFiles('test/fixtures/answers/invalid'),
  ]);
  return [run, against].flatMap((r) => (JSON.parse(r.stdout) as { diagnostics: Diagnostic[] }).diagnostics);
}

describe('validation messages', () => {
  it('every validate.* key names a diagnostic code', () => {
    const codes = new Set(diagnosticCodes());
    expect(codes.size).toBeGreaterThan(40);
    const keys = Object.keys(en).filter((k) => k.startsWith('validate.'));
    expect(keys.length).toBeGreaterThan(50);
    expect(keys.filter((k) => !codes.has(k.split('.')[1] ?? ''))).toEqual([]);
  });

  it('each diagnostic of the rules carries a catalog message of its own code', async () => {
    const diagnostics = await fixtureDiagnostics();
    // kind-mismatch is worded both by the answer kinds and by the condition rules (`validate.kind-mismatch.*`).
    const ours = diagnostics.filter((d) => !wordedElsewhere.has(d.code) || d.message.startsWith('validate.'));
    const emitted = new Set<string>(ours.map((d) => d.code));
    // Every code not worded elsewhere shows up: the fixtures cover every code a file can produce.
    expect(
      diagnosticCodes().filter((c) => !c.startsWith('file-') && !wordedElsewhere.has(c) && !emitted.has(c)),
    ).toEqual([]);
    expect(emitted.has('kind-mismatch')).toBe(true);
    const wrong = ours.filter((d) => {
      const code = d.message.split('.')[1] ?? '';
      const own = schemaCodes.has(d.code) ? code === 'schema' : code === d.code;
      return !(d.message in en) || !own;
    });
    expect(wrong.map((d) => `${d.file}:${d.line}:${d.col} ${d.code} ${d.message}`)).toEqual([]);
  });
});
