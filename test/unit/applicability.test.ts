import { describe, expect, it } from 'vitest';
import { applies, countedAnswer, isConditionRecord, type Gate } from '../../src/model/applicability.js';
import { filesMatching, sourceFiles } from '../helpers/source-files.js';

describe('applicability is computed in one place', () => {
  it('only src/model/applicability.ts evaluates `when` and `requires` conditions for the answers', () => {
    // condition-rules evaluates conditions on made-up answers to tell whether one can ever be true.
    const allowed = new Set([
      'src/model/applicability.ts',
      'src/model/conditions.ts',
      'src/validate/condition-rules.ts',
    ]);
    expect(filesMatching(/\b(evaluateCondition|conditionTruth)\(/, (p) => allowed.has(p))).toEqual([]);
  });

  it('no file reads the stored byCondition flag except through src/model/applicability.ts', () => {
    expect(filesMatching(/\.byCondition\b/, (p) => p === 'src/model/applicability.ts')).toEqual([]);
  });

  it('the grep helper sees the source tree (so the checks above can fail)', () => {
    const files = sourceFiles().map((f) => f.path);
    expect(files).toContain('src/model/applicability.ts');
    expect(
      filesMatching(/\b(evaluateCondition|conditionTruth)\(/, () => false).length,
    ).toBeGreaterThanOrEqual(3);
  });

  it('a "not applicable by condition" record counts as no answer; anything else counts as itself', () => {
    const record = { na: { reason: 'does not apply', byCondition: true } };
    const na = { na: { reason: 'no such body' } };
    expect(isConditionRecord(record)).toBe(true);
    expect(isConditionRecord(na)).toBe(false);
    expect(isConditionRecord(undefined)).toBe(false);
    expect(countedAnswer(record)).toBeUndefined();
    expect(countedAnswer(na)).toBe(na);
  });

  it('a question is asked unless the map says it does not apply or is not in place', () => {
    const map = new Map<string, Gate>([
      ['A', 'open'],
      ['B', 'inapplicable'],
      ['D', 'absent'],
    ]);
    expect(['A', 'B', 'C', 'D'].map((id) => applies(map, id))).toEqual([true, false, true, false]);
  });
});
