import { describe, expect, it } from 'vitest';
import type { Checklist } from '../../src/model/checklist.js';
import { translationFindings } from '../../src/validate/translation-rules.js';

/** The parts of a checklist the rule reads: its language and localized strings anywhere in the tree. */
function checklist(language: string, sections: unknown[]): Checklist {
  return { language, title: { en: 'T', fr: 'T' }, sections } as unknown as Checklist;
}

/** The warning's message for the languages a string lacks. */
const lacks = (languages: string): string =>
  `no translation for ${languages} (other strings in this file have it)`;

const question = (id: string, text: unknown): Record<string, unknown> => ({ id, text, refs: { x: ['y'] } });

describe('incomplete-translation', () => {
  it('finds nothing when every string has every language in use', () => {
    const c = checklist('en', [
      { title: { en: 'S', fr: 'S' }, questions: [question('Q-1', { en: 'a', fr: 'b' })] },
    ]);
    expect(translationFindings(c)).toEqual([]);
  });

  it('names each string that lacks a language, with its path and the languages it lacks', () => {
    const c = checklist('en', [
      {
        title: { en: 'S', fr: 'S', es: 'S' },
        questions: [question('Q-1', { en: 'a', fr: 'b', es: 'c' }), question('Q-2', { en: 'a' })],
      },
    ]);
    const findings = translationFindings(c);
    expect(findings.map((f) => [f.path, f.message])).toEqual([
      [['title'], lacks('es')],
      [['sections', 0, 'questions', 1, 'text'], lacks('es, fr')],
    ]);
  });

  it('counts a plain string as the checklist language only where one is written', () => {
    // No plain string: English is not in use, so maps of French and Spanish alone are complete.
    const maps = checklist('en', [{ title: { fr: 'S', es: 'S' }, questions: [] }]);
    expect(translationFindings({ ...maps, title: { fr: 'T', es: 'T' } })).toEqual([]);
    // One plain string brings English in: every map now lacks it, and the plain string lacks the others.
    const mixed = checklist('en', [{ title: 'S', questions: [question('Q-1', { fr: 'a', es: 'b' })] }]);
    const paths = translationFindings({ ...mixed, title: { fr: 'T', es: 'T' } }).map((f) => [
      f.path.join('/'),
      f.message,
    ]);
    expect(paths).toEqual([
      ['title', lacks('en')],
      ['sections/0/title', lacks('es, fr')],
      ['sections/0/questions/0/text', lacks('en')],
    ]);
  });

  it('leaves refs alone', () => {
    const c = checklist('en', [
      { title: { en: 'S', fr: 'S' }, questions: [{ id: 'Q', refs: { title: 'x' } }] },
    ]);
    expect(translationFindings(c)).toEqual([]);
  });
});
