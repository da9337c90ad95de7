import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { Answer, AnswersFile, Evidence } from '../../src/model/checklist.js';
import { AnswersText } from '../../src/answers/answers-text.js';
import { serializeAnswers } from '../../src/answers/serialize.js';

// Texts YAML writes in some special way: quoted, as a block, with an indentation indicator, escaped.
const TRICKY = [
  '',
  ' ',
  'yes',
  'No',
  'null',
  '~',
  'true',
  '1e3',
  '0x1F',
  '012',
  '.inf',
  '2026-01-02',
  ' leading space',
  'trailing space ',
  '# not a comment',
  'a # comment?',
  'key: value',
  'a:b',
  '- item',
  '? key',
  '"double"',
  "'single'",
  'it\'s "both"',
  '@at',
  '`tick',
  '%percent',
  '!tag',
  '&anchor',
  '*alias',
  '|',
  '>',
  '---',
  '...',
  '{flow}',
  '[list]',
  'tab\there',
  'line one\nline two',
  'ends with newline\n',
  'two newlines\n\n',
  '\n starts with newline',
  '  indented first line\nsecond',
  'blank line\n\nbetween',
  'trailing spaces on a line   \nnext',
  'crlf\r\nline',
  'café, 中文, emoji 😀, RTL עברית',
  '\u0000 nul and \u0007 bell',
  '\u2028 line separator',
  'x'.repeat(300),
];

const text = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...TRICKY) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 20 }) },
  {
    weight: 1,
    arbitrary: fc
      .array(fc.constantFrom(...TRICKY, 'word', 'more words'), { minLength: 1, maxLength: 4 })
      .map((parts) => parts.join('\n')),
  },
);

const evidence: fc.Arbitrary<Evidence> = fc.record(
  {
    title: text,
    url: fc.constantFrom('https://example.org/a', 'https://example.org/a?b=c#d', 'http://x.y/ z'),
    date: fc.constantFrom('2025-01-01', '2024-12-31'),
    public: fc.boolean(),
  },
  { requiredKeys: ['title'] },
);

const answer: fc.Arbitrary<Answer> = fc.record(
  {
    level: fc.oneof(fc.constantFrom('none', 'partial', 'established'), text),
    value: fc.oneof(
      fc.boolean(),
      fc.integer(),
      fc.double({ noNaN: true }),
      text,
      fc.array(text, { maxLength: 3 }),
    ),
    na: fc.record({ reason: text, byCondition: fc.constant(true as const) }, { requiredKeys: ['reason'] }),
    unknown: fc.constant(true as const),
    skipped: fc.constant(true as const),
    inapplicable: fc.constant(true as const),
    notes: text,
    evidence: fc.array(evidence, { maxLength: 3 }),
    responsible: text,
    target: fc.constantFrom('2027-06-30', 'soon'),
    digest: fc.constantFrom('0123456789ab', 'e3b0c44298fc'),
    answered: fc.constantFrom('2026-11-22T10:15:00Z', '2026-01-02T12:00:00.000Z'),
    by: fc.array(fc.oneof(fc.constantFrom('gov', 'ngo-1'), text), { minLength: 1, maxLength: 3 }),
    // A key the format does not have: neither writer keeps it.
    extra: text,
  },
  { requiredKeys: [] },
);

// Question ids as checklists have them, and keys YAML must quote or that JavaScript orders first (integer-like).
const id = fc.oneof(
  { weight: 4, arbitrary: fc.integer({ min: 1, max: 30 }).map((n) => `LAW-${String(n).padStart(2, '0')}`) },
  { weight: 1, arbitrary: fc.constantFrom('12', '3', 'yes', 'a: b', '# x', ' sp', 'é-1', '__proto__') },
);

const respondent = fc.record(
  {
    country: text,
    organization: text,
    role: fc.constantFrom('government' as const, 'ngo' as const),
    name: text,
    date: fc.constant('2026-11-22'),
  },
  { requiredKeys: [] },
);

const contributors = fc.dictionary(
  fc.constantFrom('gov', 'ngo-1', 'yes'),
  fc.record({ name: text, organization: text }, { requiredKeys: [] }),
);

type Op =
  | { op: 'answer'; id: string; answer: Answer }
  | { op: 'change'; at: number; answer: Answer }
  | { op: 'clear'; at: number }
  | { op: 'reorder'; seed: number }
  | { op: 'respondent'; respondent: AnswersFile['respondent'] }
  | { op: 'contributors'; contributors: AnswersFile['contributors'] }
  | { op: 'header'; digest: string | undefined }
  | { op: 'save' };

const op: fc.Arbitrary<Op> = fc.oneof(
  { weight: 5, arbitrary: fc.record({ op: fc.constant('answer' as const), id, answer }) },
  { weight: 4, arbitrary: fc.record({ op: fc.constant('change' as const), at: fc.nat(), answer }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('clear' as const), at: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('reorder' as const), seed: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('respondent' as const), respondent }) },
  {
    weight: 1,
    arbitrary: fc.record({
      op: fc.constant('contributors' as const),
      contributors: fc.option(contributors, { nil: undefined }),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      op: fc.constant('header' as const),
      digest: fc.constantFrom(undefined, `sha256:${'a'.repeat(64)}`),
    }),
  },
  { weight: 3, arbitrary: fc.constant({ op: 'save' as const }) },
);

/** Applies one operation the way the interview does: answers are replaced by new objects, never edited in place. */
function apply(file: AnswersFile, o: Op): void {
  const ids = Object.keys(file.answers);
  const pick = (at: number): string | undefined => ids[at % Math.max(ids.length, 1)];
  switch (o.op) {
    case 'answer':
      file.answers[o.id] = o.answer;
      break;
    case 'change': {
      const target = pick(o.at);
      if (target !== undefined) file.answers[target] = { ...file.answers[target], ...o.answer };
      break;
    }
    case 'clear': {
      const target = pick(o.at);
      // eslint-disable-next-line @typescript-eslint/no-dynamic-delete -- answers are keyed by question id
      if (target !== undefined) delete file.answers[target];
      break;
    }
    case 'reorder': {
      const entries = Object.entries(file.answers);
      const turned = entries.map((_, i) => entries[(i + o.seed) % entries.length] as [string, Answer]);
      file.answers = Object.fromEntries(turned.reverse());
      break;
    }
    case 'respondent':
      file.respondent = o.respondent;
      break;
    case 'contributors':
      if (o.contributors === undefined) delete file.contributors;
      else file.contributors = o.contributors;
      break;
    case 'header':
      file.checklist = { id: 'interview-small', version: '1.0.0', ...(o.digest ? { digest: o.digest } : {}) };
      break;
    case 'save':
      break;
  }
}

/** The saver's bytes are exactly the whole-file serializer's text, UTF-8 encoded (shown as text when they differ). */
function expectSameBytes(bytes: Buffer, reference: string): void {
  if (!bytes.equals(Buffer.from(reference, 'utf8'))) expect(bytes.toString('utf8')).toBe(reference);
  expect(bytes.equals(Buffer.from(reference, 'utf8'))).toBe(true);
}

function emptyFile(): AnswersFile {
  return {
    format: 'opsc-audit/answers@1',
    checklist: { id: 'interview-small', version: '1.0.0' },
    respondent: {},
    answers: {},
  };
}

describe('the interview saves the same bytes as the whole-file serializer', () => {
  it('after any sequence of answers, changes, clears, reorders and header edits, every save is byte-identical', () => {
    fc.assert(
      fc.property(fc.array(op, { maxLength: 40 }), (ops) => {
        const file = emptyFile();
        const saver = new AnswersText();
        expectSameBytes(saver.render(file), serializeAnswers(file));
        for (const o of ops) {
          apply(file, o);
          expectSameBytes(saver.render(file), serializeAnswers(file));
        }
      }),
      { numRuns: 400 },
    );
  });

  it('a header edited in place between saves is written as edited', () => {
    const file = emptyFile();
    file.respondent = { country: 'Kenya', organization: 'Ministry' };
    file.answers['LAW-1'] = { level: 'partial' };
    const saver = new AnswersText();
    expectSameBytes(saver.render(file), serializeAnswers(file));
    file.respondent.organization = 'Ministry: "justice"';
    expectSameBytes(saver.render(file), serializeAnswers(file));
    file.checklist.digest = `sha256:${'b'.repeat(64)}`;
    expectSameBytes(saver.render(file), serializeAnswers(file));
    file.contributors = { gov: { name: 'A' } };
    expectSameBytes(saver.render(file), serializeAnswers(file));
    (file.contributors.gov ?? {}).organization = 'Other';
    expectSameBytes(saver.render(file), serializeAnswers(file));
  });

  it('a file of many answers reads back as the answers given (and a cleared answer is gone)', () => {
    const file = emptyFile();
    const saver = new AnswersText();
    for (let i = 1; i <= 50; i++) {
      file.answers[`LAW-${i}`] = {
        level: 'partial',
        notes: `Line one ${i}\n  indented: yes\n# hash`,
        by: ['gov'],
      };
    }
    saver.render(file);
    file.answers['LAW-7'] = { value: 'null', notes: ' leading' };
    delete file.answers['LAW-8'];
    const bytes = saver.render(file);
    expectSameBytes(bytes, serializeAnswers(file));
    const text = bytes.toString('utf8');
    const read = parse(text) as AnswersFile;
    expect(read.answers['LAW-7']).toEqual({ value: 'null', notes: ' leading' });
    expect(read.answers['LAW-8']).toBeUndefined();
    expect(read.answers['LAW-9']?.notes).toBe('Line one 9\n  indented: yes\n# hash');
    expect(Object.keys(read.answers)).toHaveLength(49);
  });
});
