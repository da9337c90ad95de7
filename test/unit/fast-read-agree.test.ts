import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fastBytesParsed, fastParsed } from '../../src/parse/fast-parse.js';
import { parseExactYaml } from '../../src/parse/parse-yaml.js';
import { locateDiffers } from '../helpers/locate-differs.js';

/** Words a scalar is made of: numbers, booleans and nulls in many spellings, text and unicode. */
const WORDS = [
  ...[
    '010',
    '0o10',
    '0x1F',
    '1_000',
    '08',
    '+12',
    '-0',
    '0.',
    '.5',
    '1e3',
    '-.Inf',
    '.NaN',
    '12:30',
    '2001-12-14',
  ],
  ...['yes', 'No', 'on', 'y', 'true', 'False', 'TRUE', '~', 'null', 'Null', 'NULL', '=', 'text', 'a b', '-x'],
  ...[
    'a:b',
    'a#b',
    "it's",
    'say "hi"',
    '\\',
    'é',
    'ü',
    '’',
    '—',
    '日本',
    '😀',
    'https://example.org/a?b=c#d',
  ],
  ...['16.2', 'art. 9', '(a)', 'x.', 'Q-001'],
];

/** Words that make many documents invalid or odd: indicators, markers, what a flow collection cannot hold. */
const ODD_WORDS = [
  ...['<<', '-', '- x', '?', '? x', ':', ':x', 'a: b', 'a:', '#', 'a #b', '[x]', '{x}', 'a,b', ' ', '  x  '],
  ...['&a', '*a', '!t', '%', '@', '`', "'", '"', '\\n', '|', '>', '---', '...'],
];

const word = fc.oneof(
  { weight: 30, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 1, arbitrary: fc.constantFrom(...ODD_WORDS) },
);

type Scalar = { words: string[]; style: number; breaks: number[] };
type Tree = { scalar: Scalar } | { list: Tree[]; flow: boolean } | { map: [string, Tree][]; flow: boolean };

const scalar: fc.Arbitrary<Scalar> = fc.record({
  words: fc.array(word, { minLength: 1, maxLength: 4 }),
  style: fc.nat(9),
  breaks: fc.array(fc.nat(3), { maxLength: 4 }),
});

const key = fc.oneof(
  { weight: 25, arbitrary: fc.stringMatching(/^[a-z][a-z0-9_ -]{0,5}[a-z0-9]$/) },
  { weight: 1, arbitrary: word },
  { weight: 1, arbitrary: fc.constantFrom('"q"', "'s'", '"a\\tb"', '"x": 1', 'toString', '__proto__') },
);

const tree: fc.Arbitrary<Tree> = fc.letrec<{ tree: Tree }>((tie) => ({
  tree: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.record({ scalar }),
    fc.record({ list: fc.array(tie('tree'), { maxLength: 4 }), flow: fc.boolean() }),
    fc.record({ map: fc.array(fc.tuple(key, tie('tree')), { maxLength: 4 }), flow: fc.boolean() }),
  ),
})).tree;

/** How the document is laid out: indentation step, comments and blank lines, line endings, what comes first. */
interface Layout {
  step: number;
  comments: number[];
  crlf: boolean;
  preamble: string;
  sameIndentLists: boolean;
}

const layout: fc.Arbitrary<Layout> = fc.record({
  step: fc.integer({ min: 1, max: 4 }),
  comments: fc.array(fc.nat(6), { maxLength: 6 }),
  crlf: fc.boolean(),
  preamble: fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom('', '---\n', '# c\n---\n', '\ufeff', '\n\n') },
    { weight: 1, arbitrary: fc.constantFrom('--- # c\n', '%YAML 1.2\n---\n', '---\n---\n') },
  ),
  sameIndentLists: fc.boolean(),
});

function escaped(s: string): string {
  return s.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\t/g, '\\t');
}

/** A scalar after `key:` or `- ` in a block at `pad`, in one of several styles. */
function writeScalar(s: Scalar, pad: string, l: Layout, flow: boolean): string {
  const text = s.words.join(' ');
  const more = `${pad}${' '.repeat(l.step)}`;
  const style = flow ? s.style % 3 : s.style;
  switch (style) {
    case 0:
      return ` ${text}`;
    case 1:
      return ` "${escaped(text)}${s.words.length > 2 ? '\\u00e9\\x41\\/' : ''}"`;
    case 2:
      return ` '${text.replace(/'/g, "''")}'`;
    case 3:
    case 4: {
      const lines = s.words.map((w, i) => `${more}${(s.breaks[i] ?? 0) === 3 ? ' ' : ''}${w}`);
      const chomp = ['', '-', '', '+'][s.breaks[0] ?? 0] ?? '';
      const blank = (s.breaks[1] ?? 0) > 1 ? '\n' : '';
      return ` ${style === 3 ? '|' : '>'}${chomp}${(s.breaks[2] ?? 0) === 1 ? ' # c' : ''}\n${lines.join(`\n${blank}`)}`;
    }
    case 5:
      // A plain scalar over several lines, with empty lines between some.
      return ` ${s.words.map((w, i) => (i === 0 ? w : `${'\n'.repeat(s.breaks[i] ?? 0)}\n${more}${w}`)).join('')}`;
    case 6:
      return ` ${text} # comment: x`;
    case 7:
      return ` ${text}   `;
    default:
      return ` ${s.words[0] ?? ''}`;
  }
}

function writeFlow(t: Tree, l: Layout): string {
  if ('scalar' in t) return writeScalar(t.scalar, '', l, true).slice(1);
  if ('list' in t) return `[${t.list.map((c) => writeFlow(c, l)).join(', ')}]`;
  return `{ ${t.map.map(([k, v]) => `${k}: ${writeFlow(v, l)}`).join(', ')} }`;
}

/** A value after `key:` or `- ` (`dash` for list items) at indentation `pad`. */
function write(t: Tree, pad: string, l: Layout, dash: boolean): string {
  if ('scalar' in t) return writeScalar(t.scalar, pad, l, false);
  const inner = `${pad}${' '.repeat(l.step)}`;
  const comment = (i: number): string =>
    l.comments.includes(i) ? `\n${' '.repeat((l.comments[0] ?? 0) % 5)}# note ${i}: x` : '';
  if ('list' in t) {
    if (t.flow || t.list.length === 0) return ` ${writeFlow(t, l)}`;
    const at = l.sameIndentLists && !dash ? pad : inner;
    return t.list
      .map((c, i) => {
        if ('map' in c && !c.flow && c.map.length > 0 && i % 2 === 0) {
          const keysPad = `${at}  `;
          return `${comment(i)}\n${at}- ${c.map.map(([k, v], j) => `${j === 0 ? '' : `\n${keysPad}`}${k}:${write(v, keysPad, l, false)}`).join('')}`;
        }
        return `${comment(i)}\n${at}-${write(c, at, l, true)}`;
      })
      .join('');
  }
  if (t.flow || t.map.length === 0) return ` ${writeFlow(t, l)}`;
  return t.map.map(([k, v], i) => `${comment(i)}\n${inner}${k}:${write(v, inner, l, false)}`).join('');
}

const documents = fc
  .tuple(layout, fc.array(fc.tuple(key, tree), { minLength: 1, maxLength: 5 }))
  .map(([l, pairs]) => {
    const body = pairs.map(([k, v]) => `${k}:${write(v, '', l, false)}`).join('\n') + '\n';
    const text = l.preamble + body;
    return l.crlf ? text.replace(/\n/g, '\r\n') : text;
  });

describe('issue 17: the fast reader and the exact parser agree on every document', () => {
  it('17: the fast reader declines, or reads the same data and locates every path at the same place', () => {
    let read = 0;
    let declined = 0;
    fc.assert(
      fc.property(documents, (text) => {
        const fast = fastParsed(text);
        if (!fast) {
          declined++;
          return;
        }
        read++;
        const exact = parseExactYaml(text);
        expect(exact.problems.map((p) => `${p.line}:${p.col} ${p.message}`)).toEqual([]);
        expect(fast.data).toEqual(exact.data);
        expect(locateDiffers(fast, exact, fast.data)).toEqual([]);
      }),
      { numRuns: Number(process.env.FAST_READ_RUNS ?? 1500) },
    );
    if (process.env.FAST_READ_RUNS) console.log({ read, declined });
    // Not vacuous: the fast reader reads a good share of the documents, and declines some.
    expect(read).toBeGreaterThan(500);
    expect(declined).toBeGreaterThan(300);
  });

  it('17: read as a byte string, every document the fast reader reads gives the same data and positions', () => {
    let read = 0;
    fc.assert(
      fc.property(documents, (document) => {
        // As read from a file: without the byte-order mark, which the reader of bytes drops before either reads.
        const text = document.startsWith('\ufeff') ? document.slice(1) : document;
        const bytes = fastBytesParsed(Buffer.from(text, 'utf8').toString('latin1'));
        const fast = fastParsed(text);
        // The byte reader declines what the fast reader declines, and reads the rest as it does.
        expect(bytes === undefined).toBe(fast === undefined);
        if (!bytes || !fast) return;
        read++;
        expect(bytes.data).toEqual(fast.data);
        expect(locateDiffers(bytes, fast, fast.data)).toEqual([]);
      }),
      { numRuns: Number(process.env.FAST_READ_RUNS ?? 1500) },
    );
    expect(read).toBeGreaterThan(500);
  });
});
