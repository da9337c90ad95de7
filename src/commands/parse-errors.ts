import type { MessageKey } from '../i18n/en.js';
import type { Translate } from '../i18n/format.js';

/** One kind of command-line parse error commander reports, matched by its (pinned) English wording. */
interface ParseErrorShape {
  pattern: RegExp;
  key: MessageKey;
  /** The message parameters, from the pattern's named groups. */
  params: (groups: Record<string, string>) => Record<string, string | number>;
}

// Commander writes its parse errors in English with no hook for their words, so the words are matched here and
// said again from the catalog. A message of a shape not listed passes through unchanged.
const SHAPES: readonly ParseErrorShape[] = [
  {
    pattern: /^error: unknown option '(?<flag>[^\n]*)'$/,
    key: 'cli.parse.unknownOption',
    params: (g) => ({ flag: g.flag ?? '' }),
  },
  {
    pattern: /^error: unknown command '(?<name>[^\n]*)'$/,
    key: 'cli.parse.unknownCommand',
    params: (g) => ({ name: g.name ?? '' }),
  },
  {
    pattern: /^error: missing required argument '(?<name>[^\n]*)'$/,
    key: 'cli.parse.missingArgument',
    params: (g) => ({ name: g.name ?? '' }),
  },
  {
    pattern: /^error: option '(?<flags>[^\n]*)' argument missing$/,
    key: 'cli.parse.optionMissingArgument',
    params: (g) => ({ flags: g.flags ?? '' }),
  },
  {
    pattern:
      /^error: too many arguments for '(?<command>[^\n]*)'\. Expected (?<expected>\d+) arguments? but got (?<got>\d+)\.$/,
    key: 'cli.parse.tooManyArguments',
    params: (g) => ({ command: g.command ?? '', count: Number(g.expected), got: Number(g.got) }),
  },
  {
    pattern:
      /^error: option '(?<flags>[^\n]*)' argument '(?<value>[^\n]*)' is invalid\. Allowed choices are (?<choices>[^\n]*)\.$/,
    key: 'cli.parse.invalidChoice',
    params: (g) => ({ flags: g.flags ?? '', value: g.value ?? '', choices: g.choices ?? '' }),
  },
];

const SUGGESTION = /^\(Did you mean (?<one>one of )?(?<names>[^\n]*)\?\)$/;

/**
 * A commander parse error in the catalog's words: `error: unknown option '--x'` (and its "Did you mean" line)
 * becomes `opsc-audit: ` and the catalog's message. A message of another shape keeps commander's words.
 */
export function sayParseError(text: string, t: Translate): string {
  if (!text.startsWith('error: ')) return text;
  const [first = '', ...rest] = text.replace(/\n$/, '').split('\n');
  const shape = SHAPES.find((s) => s.pattern.test(first));
  const match = shape?.pattern.exec(first);
  const said =
    shape && match?.groups ? t(shape.key, shape.params(match.groups)) : first.slice('error: '.length);
  const lines = rest.map((line) => {
    const suggestion = SUGGESTION.exec(line)?.groups;
    if (!suggestion) return line;
    const key = suggestion.one ? 'cli.parse.didYouMeanOneOf' : 'cli.parse.didYouMean';
    return t(key, { names: suggestion.names ?? '' });
  });
  return `opsc-audit: ${[said, ...lines].join('\n')}\n`;
}
