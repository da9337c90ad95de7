import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/main.js';
import { fakeIo } from '../helpers/io.js';
import { PSEUDO, registerPseudoLocale, removePseudoLocale } from '../helpers/pseudo-locale.js';
import { formatNames } from '../../src/formats/output-format.js';
import { VALIDATE_FORMATS } from '../../src/formats/validate-formats.js';

// The pseudo-locale wraps every message in ⟦ ⟧: text the command line prints without the brackets did not come
// from the message catalog.
beforeAll(registerPseudoLocale);
afterAll(removePseudoLocale);

async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  const io = fakeIo(process.cwd(), { OPSC_LANG: PSEUDO });
  const code = await main(args, io);
  return { code, out: io.out(), err: io.err() };
}

describe('the command line speaks from the message catalog', () => {
  it('--help: headings, descriptions, help option and command, formats', async () => {
    const { code, out } = await run(['--help']);
    expect(code).toBe(0);
    for (const text of [
      '⟦Usage:⟧',
      '⟦Options:⟧',
      '⟦Commands:⟧',
      '⟦print the version⟧',
      '⟦display help for command⟧',
    ])
      expect(out).toContain(text);
    const validate = await run(['validate', '--help']);
    for (const text of [
      '⟦Arguments:⟧',
      '⟦Formats:⟧',
      `⟦output format⟧ ⟦(⟦choices: ${formatNames(VALIDATE_FORMATS)
        .map((name) => `"${name}"`)
        .join(', ')}⟧, ⟦default: "text"⟧)⟧`,
      '⟦GitHub Actions annotations⟧',
    ])
      expect(validate.out.replace(/\s+/g, ' ')).toContain(text);
  });

  it('the validate summary and a usage error', async () => {
    const ok = await run(['validate', 'test/fixtures/checklists/valid/aliases.yaml']);
    expect(ok.out).toBe('⟦✔ ⟦1 file⟧ checked, no problems⟧\n');
    const missing = await run(['score', 'no-such-answers.yaml']);
    expect(missing.code).toBe(2);
    expect(missing.err).toBe('opsc-audit: ⟦no-such-answers.yaml: no such file⟧\n');
    const usage = await run(['score']);
    expect(usage.err).toMatch(/⟦\(run with --help for usage\)⟧\n$/);
  });
  it('a report: the template text too, in the language chosen (not only the view model)', async () => {
    const { code, out } = await run(['report', 'examples/veloria-government.answers.yaml', '-f', 'md']);
    expect(code).toBe(0);
    expect(out).toContain('## ⟦Executive summary⟧');
    expect(out).toContain('| ⟦Country⟧ | Republic of Veloria (fictional) |');
    expect(out).toContain('## ⟦Scores⟧');
    // The brief's own sections (issue 15): the action table and the sources.
    expect(out).toContain('## ⟦What to do first⟧');
    expect(out).toContain('## ⟦Sources⟧');
    expect(out).toContain('*⟦Gap analysis brief⟧*');
    // Codes of the formats a reader sees (the respondent's role) are named from the catalog too.
    expect(out).toContain('| ⟦Role⟧ | ⟦government⟧ |');
    const compare = await run([
      'compare',
      'examples/veloria-government.answers.yaml',
      'examples/veloria-ngo.answers.yaml',
      '-f',
      'md',
    ]);
    expect(compare.out).toContain(
      '| ⟦Kind of comparison⟧ | ⟦divergence⟧: ⟦the respondents have different roles (⟦government⟧, ⟦non-governmental organization⟧)⟧ |',
    );
  });
});
