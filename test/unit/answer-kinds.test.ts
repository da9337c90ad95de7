import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  ANSWER_KINDS,
  answerKind,
  DEFAULT_KIND,
  kindsTaking,
  type AnswerWords,
} from '../../src/model/answer-kinds/index.js';
import type { Answer, IndexedQuestion } from '../../src/model/checklist.js';
import { describeAnswer as describeTerminal } from '../../src/interview/question-view.js';
import { describeAnswer as describeReport } from '../../src/report/view-questions.js';
import { scoreQuestion } from '../../src/score/score-question.js';
import { translator } from '../../src/i18n/format.js';
import { loadFixtureIndex } from '../helpers/fixtures.js';
import { filesMatching } from '../helpers/source-files.js';

// From the registry, so a new kind is searched for without editing this test.
const ANSWER_KIND_NAMES = ANSWER_KINDS.map((k) => k.name).join('|');
const comparison = new RegExp(
  `kind\\s*[!=]==?\\s*['"](${ANSWER_KIND_NAMES})['"]|['"](${ANSWER_KIND_NAMES})['"]\\s*[!=]==?\\s*[\\w.?]*kind\\b`,
);

function schemaKinds(): { names: string[]; fallback: unknown } {
  const path = join(import.meta.dirname, '..', '..', 'schemas', 'checklist.schema.json');
  const schema = JSON.parse(readFileSync(path, 'utf8')) as {
    $defs: { question: { properties: { kind: { enum: string[]; default: unknown } } } };
  };
  const kind = schema.$defs.question.properties.kind;
  return { names: kind.enum, fallback: kind.default };
}

describe('the answer-kind registry', () => {
  it('has one module for every kind the checklist schema allows, and none more', () => {
    const { names, fallback } = schemaKinds();
    expect(ANSWER_KINDS.map((k) => k.name).sort()).toEqual([...names].sort());
    expect(new Set(ANSWER_KINDS.map((k) => k.name)).size).toBe(ANSWER_KINDS.length);
    expect(DEFAULT_KIND).toBe(fallback);
    for (const name of names) expect(answerKind({ kind: name as never }).name).toBe(name);
    expect(answerKind({}).name).toBe(DEFAULT_KIND);
  });

  it('knows which kinds take which fields, as the kind-mismatch messages name them', () => {
    expect(kindsTaking('scale')).toBe('scale');
    expect(kindsTaking('options')).toBe('choice and multi');
    expect(kindsTaking('cap')).toBe('multi');
    expect(['thresholds', 'min', 'max'].map((f) => kindsTaking(f as never))).toEqual([
      'number',
      'number',
      'number',
    ]);
  });

  it('no switch on an answer kind and no comparison with an answer-kind name outside src/model/answer-kinds/', () => {
    const inRegistry = (p: string): boolean => p.startsWith('src/model/answer-kinds/');
    expect(filesMatching(comparison, inRegistry)).toEqual([]);
    expect(filesMatching(/switch\s*\([^)]*\bkind\)/, inRegistry)).toEqual([]);
    expect(filesMatching(new RegExp(`case\\s+['"](${ANSWER_KIND_NAMES})['"]\\s*:`), inRegistry)).toEqual([]);
  });

  it('the grep catches answer-kind comparisons but not document-kind ones (so the check above can fail)', () => {
    expect(comparison.test("if (q.kind === 'multi') return;")).toBe(true);
    expect(comparison.test("const x = 'yesno' !== iq.kind;")).toBe(true);
    expect(comparison.test("if (kind === 'checklist') {")).toBe(false);
    expect(
      filesMatching(/keyScore/, (p) => !p.startsWith('src/model/answer-kinds/')).length,
    ).toBeGreaterThanOrEqual(ANSWER_KINDS.length);
  });
});

const index = loadFixtureIndex('checklists/valid/all-kinds.yaml');
const q = (id: string): IndexedQuestion => {
  const found = index.byId.get(id);
  if (!found) throw new Error(`no question ${id}`);
  return found;
};
const words: AnswerWords = {
  label: (t) => `<${typeof t === 'string' ? t : JSON.stringify(t)}>`,
  raw: (t) => `[${t}]`,
  unit: (u) => `{${u}}`,
  yes: 'Y',
  no: 'N',
  none: '-',
};
const kindOf = (id: string) => answerKind(q(id));

describe.each([
  // id, a fitting answer, its score, how it reads, a misfit answer, the top score, the target score
  ['PRV-SCL-01', { level: 'partial' }, 1, '<In part>', { value: 'partial' }, 2, 1],
  ['PRV-SCL-02', { level: 'always' }, 3, '<Always>', { level: 'full' }, 3, 1],
  ['PRV-YES-01', { value: false }, 0, 'N', { value: 'no' }, 1, 1],
  ['PRV-CHO-01', { value: 'ngo' }, 1, '<An NGO>', { value: 'police' }, 2, 2],
  ['PRV-MUL-01', { value: ['app', 'phone', 'chat'] }, 3, '<Phone>, <Chat>, <App>', { value: ['fax'] }, 3, 2],
  // A number target is a value: 2 children reaches the threshold at 1, which scores 1.
  ['PRO-NUM-01', { value: 150 }, 2, '150 {children}', { value: '150' }, 2, 1],
  ['PRO-TXT-01', { value: 'A plan' }, undefined, '[A plan]', { value: 3 }, undefined, undefined],
] as [string, Answer, number | undefined, string, Answer, number | undefined, number | undefined][])(
  'kind of %s',
  (id, fitting, score, words_, misfit, max, target) => {
    it('scores, describes and checks its answers', () => {
      const kind = kindOf(id);
      expect(kind.score(q(id), fitting)).toBe(score);
      expect(kind.describe(q(id), fitting, words)).toBe(words_);
      expect(kind.answerProblem(q(id), fitting)).toBeUndefined();
      expect(kind.score(q(id), misfit)).toBeNull();
      expect(kind.answerProblem(q(id), misfit)?.code).toMatch(/^(answer-kind|unknown-option|unknown-level)$/);
      expect([q(id).max, q(id).target]).toEqual([max, target]);
    });
    it('the interview turns a picked key back into the answer it offered', () => {
      const kind = kindOf(id);
      const offer = kind.offer(q(id), translator());
      if (offer.type === 'pick') {
        for (const pick of offer.picks) {
          const answer = kind.answerFor(pick.key);
          expect(kind.currentPick(q(id), answer)).toBe(`a:${pick.key}`);
          expect(kind.score(q(id), answer)).not.toBeNull();
        }
      } else expect(kind.currentPick(q(id), fitting)).toBe('enter');
    });
  },
);

describe('kind-specific rules', () => {
  it('offers scale levels, yes/no and options as picks; multi, number and text as entries', () => {
    const types = ['PRV-SCL-02', 'PRV-YES-01', 'PRV-CHO-01', 'PRV-MUL-01', 'PRO-NUM-01', 'PRO-TXT-01'].map(
      (id) => {
        const offer = kindOf(id).offer(q(id), translator());
        return offer.type === 'pick' ? offer.picks.map((p) => p.key).join('/') : offer.entry.type;
      },
    );
    expect(types).toEqual([
      'never/sometimes/always',
      'yes/no',
      'state/ngo/nobody',
      'options',
      'number',
      'text',
    ]);
  });

  it('compares answers in conditions the way each kind reads them', () => {
    expect(kindOf('PRV-SCL-01').matches(q('PRV-SCL-01'), { level: 'full' }, 2)).toBe(true);
    expect(kindOf('PRV-SCL-01').matches(q('PRV-SCL-01'), { level: 'full' }, 'full')).toBe(true);
    expect(kindOf('PRV-YES-01').matches(q('PRV-YES-01'), { value: true }, 'yes')).toBe(true);
    expect(kindOf('PRV-MUL-01').matches(q('PRV-MUL-01'), { value: ['chat'] }, 'chat')).toBe(true);
    expect(kindOf('PRV-MUL-01').matches(q('PRV-MUL-01'), { value: ['chat'] }, 'app')).toBe(false);
    expect(kindOf('PRO-NUM-01').numericValue(q('PRO-NUM-01'), { value: 150 })).toBe(150);
    expect(kindOf('PRV-CHO-01').numericValue(q('PRV-CHO-01'), { value: 'state' })).toBe(2);
    expect(kindOf('PRV-MUL-01').refProblem(q('PRV-MUL-01'), 'chat', true)?.code).toBe('kind-mismatch');
    expect(kindOf('PRV-YES-01').refProblem(q('PRV-YES-01'), 'maybe', false)?.code).toBe('kind-mismatch');
    expect(kindOf('PRO-TXT-01').comparable).toBe(false);
    expect(ANSWER_KINDS.filter((k) => !k.comparable).map((k) => k.name)).toEqual(['text']);
  });

  it('names the answer a condition refers to by its label, where the kind has labels', () => {
    expect(kindOf('PRV-SCL-02').refLabel(q('PRV-SCL-02'), 'always', words)).toBe('<Always>');
    expect(kindOf('PRV-SCL-02').refLabel(q('PRV-SCL-02'), 1, words)).toBe('<Sometimes>');
    expect(kindOf('PRV-CHO-01').refLabel(q('PRV-CHO-01'), 'ngo', words)).toBe('<An NGO>');
    expect(kindOf('PRV-MUL-01').refLabel(q('PRV-MUL-01'), 'app', words)).toBe('<App>');
    expect(kindOf('PRO-NUM-01').refLabel(q('PRO-NUM-01'), 1, words)).toBeUndefined();
  });

  it('names the answer that reaches the target', () => {
    expect(kindOf('PRV-SCL-01').targetName(q('PRV-SCL-01'), words)).toBe('<In part>');
    expect(kindOf('PRV-YES-01').targetName(q('PRV-YES-01'), words)).toBe('Y');
    expect(kindOf('PRV-CHO-01').targetName(q('PRV-CHO-01'), words)).toBe('<The State>');
    expect(kindOf('PRV-MUL-01').targetName(q('PRV-MUL-01'), words)).toBeUndefined();
  });

  it('a multi answer describes its options in checklist order and an empty one as none', () => {
    expect(kindOf('PRV-MUL-01').describe(q('PRV-MUL-01'), { value: [] }, words)).toBe('-');
    expect(kindOf('PRV-MUL-01').score(q('PRV-MUL-01'), { value: ['app', 'phone', 'chat'] })).toBe(3);
  });
});

describe('the terminal and the report describe an answer through its kind', () => {
  const terminal = (id: string, a: Answer): string => describeTerminal(index, q(id), a);
  const report = (id: string, a: Answer): string =>
    describeReport(q(id), a, scoreQuestion(q(id), a, 'open'), 'en', translator('en'));

  it('with the same labels, each in its own words', () => {
    expect(terminal('PRV-CHO-01', { value: 'ngo' })).toBe('An NGO');
    expect(report('PRV-CHO-01', { value: 'ngo' })).toBe('An NGO (1 of 2)');
    expect(terminal('PRV-MUL-01', { value: ['app', 'phone'] })).toBe('Phone, App');
    expect(report('PRV-MUL-01', { value: ['app', 'phone'] })).toBe('Phone, App (3 of 3)');
    expect(terminal('PRV-MUL-01', { value: [] })).toBe('(none)');
    expect(report('PRV-MUL-01', { value: [] })).toBe('None (0 of 3)');
    expect(terminal('PRO-NUM-01', { value: 7 })).toBe('7 children');
    expect(report('PRO-NUM-01', { value: 7 })).toBe('7 children (1 of 2)');
  });

  it('the terminal shows a stored answer that no longer fits its kind as it is stored', () => {
    expect(terminal('PRV-YES-01', { value: 'no' })).toBe('no');
    expect(terminal('PRV-CHO-01', { level: 'full' })).toBe('full');
    expect(terminal('PRV-YES-01', {})).toBe('unanswered');
  });
});
