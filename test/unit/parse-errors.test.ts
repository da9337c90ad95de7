import { describe, expect, it } from 'vitest';
import { sayParseError } from '../../src/commands/parse-errors.js';
import { translator, type Translate } from '../../src/i18n/format.js';
import { main } from '../../src/main.js';
import { fakeIo } from '../helpers/io.js';

const en = translator('en');
/** A translator that shows which text came from the catalog: the English in ⟦ ⟧. */
const pseudo: Translate = (key, params) => `⟦${en(key, params)}⟧`;

// Commander's own wording of each parse error (commander 14), as it hands it to outputError.
const cases: [string, string][] = [
  ["error: unknown option '--nope'\n", "unknown option '--nope'"],
  [
    "error: unknown option '--formt'\n(Did you mean --format?)\n",
    "unknown option '--formt'\n⟦(Did you mean --format?)⟧",
  ],
  [
    "error: unknown command 'scor'\n(Did you mean one of score, show?)\n",
    "unknown command 'scor'\n⟦(Did you mean one of score, show?)⟧",
  ],
  ["error: missing required argument 'file'\n", "missing required argument 'file'"],
  ["error: option '-o, --output <file>' argument missing\n", "option '-o, --output <file>' argument missing"],
  [
    "error: too many arguments for 'score'. Expected 1 argument but got 2.\n",
    "too many arguments for 'score'. Expected 1 argument but got 2.",
  ],
  [
    "error: option '-f, --format <format>' argument 'x' is invalid. Allowed choices are text, json.\n",
    "option '-f, --format <format>' argument 'x' is invalid. Allowed choices are text, json.",
  ],
];

describe("commander's parse errors in the catalog's words", () => {
  it.each(cases)('%j keeps its English words, from the catalog', (commander, said) => {
    expect(sayParseError(commander, en)).toBe(commander.replace(/^error: /, 'opsc-audit: '));
    const [first, ...rest] = said.split('\n');
    expect(sayParseError(commander, pseudo)).toBe(
      `opsc-audit: ${[`⟦${first ?? ''}⟧`, ...rest].join('\n')}\n`,
    );
  });

  it('passes a message of another shape through, and leaves text that is not an error alone', () => {
    expect(sayParseError("error: required option '--x' not specified\n", pseudo)).toBe(
      "opsc-audit: required option '--x' not specified\n",
    );
    expect(sayParseError('(run with --help for usage)\n', pseudo)).toBe('(run with --help for usage)\n');
  });

  it('is what the command line prints for an unknown option and too many arguments', async () => {
    const io = fakeIo(process.cwd());
    // score takes several files since issue 17: show takes one.
    expect(await main(['show', 'a.yaml', 'b.yaml'], io)).toBe(2);
    expect(io.err()).toBe(
      "opsc-audit: too many arguments for 'show'. Expected 1 argument but got 2.\n(run with --help for usage)\n",
    );
    const io2 = fakeIo(process.cwd());
    expect(await main(['validate', '--formt', 'json', 'x.yaml'], io2)).toBe(2);
    expect(io2.err()).toBe(
      "opsc-audit: unknown option '--formt'\n(Did you mean --format?)\n(run with --help for usage)\n",
    );
  });
});
