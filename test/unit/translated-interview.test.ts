import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { indexChecklist, type Checklist, type ChecklistTranslation } from '../../src/model/checklist.js';
import { applyTranslation } from '../../src/translate/apply-translation.js';
import { guidanceBlock, questionBlock } from '../../src/interview/question-view.js';
import { questionChoices } from '../../src/interview/answer-choices.js';
import { repoRoot } from '../cli/validate-harness.js';

// The interview asks from the checklist the command opened, which is the translated copy in the command's
// language (requireChecklist, as in the show and report tests): question text, scale labels and guidance.
const dir = join(repoRoot, 'test', 'fixtures', 'translations');
const checklist = parse(readFileSync(join(dir, 'small.yaml'), 'utf8')) as Checklist;
const translation = parse(readFileSync(join(dir, 'small.fr.yaml'), 'utf8')) as ChecklistTranslation;
const index = indexChecklist(applyTranslation(checklist, translation));
const question = (id: string) => {
  const q = index.byId.get(id);
  if (!q) throw new Error(id);
  return q;
};
const progress = { done: 0, total: 4, sectionDone: [0, 0], sectionTotal: [2, 2] };

describe('the interview of a translated checklist', () => {
  it('asks the translated question, offers the translated levels, and shows the translated guidance', () => {
    const law = question('PRV-LAW-01');
    expect(questionBlock(index, law, progress)).toContain('L’âge minimum du mariage est-il de 18 ans ?');
    const names = questionChoices(index, law, false).map((c) => ('name' in c ? c.name : ''));
    expect(names.join('\n')).toContain('Inexistant');
    expect(names.join('\n')).toContain('En partie');
    expect(guidanceBlock(index, law)).toContain('À vérifier : le code civil.');
  });

  it('asks an untranslated question in the checklist’s own words', () => {
    const hot = question('PRV-HOT-01');
    expect(questionBlock(index, hot, progress)).toContain('Who runs the helpline?');
    const names = questionChoices(index, hot, false).map((c) => ('name' in c ? c.name : ''));
    expect(names.join('\n')).toContain('An NGO');
  });
});
