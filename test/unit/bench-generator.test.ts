import { describe, expect, it } from 'vitest';
import { makeAnswers, makeChecklist, toYaml } from '../../bench/generate.mjs';
import { parseYaml } from '../../src/parse/parse-yaml.js';
import { validateAnswersDocument, validateChecklistDocument } from '../../src/validate/validate-document.js';
import { indexChecklist } from '../../src/model/checklist.js';
import { checklistDigest } from '../../src/model/digest.js';

describe('benchmark generator', () => {
  it.each([75, 250])('makes a valid checklist and answers file of %i questions', (n) => {
    const checklist = makeChecklist(n);
    const c = validateChecklistDocument(parseYaml(toYaml(checklist)), 'synthetic.yaml');
    expect(c.diagnostics).toEqual([]);
    expect(c.value?.sections.flatMap((s) => s.questions)).toHaveLength(n);
    const index = indexChecklist(checklist);
    const answers = makeAnswers(n, { digest: checklistDigest(checklist) });
    const a = validateAnswersDocument(parseYaml(toYaml(answers)), 'answers.yaml', index);
    expect(a.diagnostics).toEqual([]);
    expect(Object.keys(a.value?.answers ?? {})).toHaveLength(n);
  });

  it('includes conditions, translations, every basis, evidence, not applicable and don’t know', () => {
    const checklist = makeChecklist(100);
    const questions = checklist.sections.flatMap((s) => s.questions);
    expect(questions.filter((q) => q.when)).toHaveLength(10);
    expect(
      ['obligation', 'recommendation', 'practice'].map((b) => questions.filter((q) => q.basis === b).length),
    ).toEqual([20, 40, 40]);
    expect(typeof checklist.title === 'object' && Object.keys(checklist.title)).toEqual(['en', 'fr']);
    const answers = Object.values(makeAnswers(100).answers);
    expect(answers.filter((a) => a.na).length).toBeGreaterThan(0);
    expect(answers.filter((a) => a.unknown).length).toBeGreaterThan(0);
    expect(answers.every((a) => (a.evidence ?? []).length > 0)).toBe(true);
  });
});
