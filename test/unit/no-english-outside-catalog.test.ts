import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

// Every user-facing sentence comes from the message catalog (src/i18n). This test is the heuristic that keeps
// it so: no TypeScript string literal of three or more words, and no template text at all, outside the catalog.

const root = join(import.meta.dirname, '..', '..');

/** Every TypeScript file under src/ but the catalog itself (src/i18n): none may hold English of its own. */
const sourceFiles = (): string[] =>
  filesUnder('src', '.ts').filter((path) => !path.startsWith(join('src', 'i18n')));

/** Literals that are not user-facing text (code, CSS, identifiers), each with its reason. */
const allowed: ReadonlySet<string> = new Set<string>([
  // A StopReason value (src/interview/interruptible.ts) compared in src/commands/assess.ts, never shown.
  'end of input',
  // An internal error (src/model/answer-kinds/index.ts): a bug in the registry, never a user's mistake.
  'no module for answer kind "',
  // The `in:` operator of a condition, a key of the checklist format (src/validate/condition-rules.ts).
  'in',
]);

/** Three or more words of letters in a row: a sentence or a phrase for a reader. */
const threeWords = /\p{L}[\p{L}’'-]*[,:;]?\s+\p{L}[\p{L}’'-]*[,:;]?\s+\p{L}[\p{L}’'-]*/u;

function filesUnder(folder: string, ending: string): string[] {
  if (folder.endsWith(ending)) return [folder];
  return readdirSync(join(root, folder), { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith(ending))
    .map((f) => join(folder, f))
    .sort();
}

/**
 * Short words of reports and the interview that the three-word rule cannot see: a literal holding one of them as
 * a word is English that belongs in the catalog (`words.*`, `interview.*`).
 */
const shortWords: ReadonlySet<string> = new Set([
  ...'Yes No None Overall Total Score Answered Skipped Back Finish Continue'.split(' '),
  ...'Answer Country Organization Pillar Sources Base Current n/a pts para.'.split(' '),
  ...'and of or to in'.split(' '),
]);

/** The literals of a source that hold a short English word on their own. */
function shortWordsIn(texts: readonly string[]): string[] {
  return texts.filter(
    (text) => !allowed.has(text) && text.split(/[\s(),:;…]+/).some((w) => shortWords.has(w)),
  );
}

/** The text pieces of every string and template literal of a TypeScript source. */
function literalTexts(path: string): string[] {
  const source = ts.createSourceFile(path, readFileSync(join(root, path), 'utf8'), ts.ScriptTarget.Latest);
  const texts: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) return;
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) texts.push(node.text);
    else if (ts.isTemplateExpression(node)) {
      texts.push(node.head.text);
      for (const span of node.templateSpans) texts.push(span.literal.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return texts;
}

/** The English of a source file: the literals that read like text for a reader. */
function englishIn(path: string): string[] {
  return literalTexts(path).filter((text) => threeWords.test(text) && !allowed.has(text));
}

/** The words a template shows on its own, once its expressions, tags, entities and markup are taken out. */
function templateWords(source: string): string[] {
  const text = source
    .replace(/\{\{\{?[\s\S]*?\}?\}\}/g, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&\w+;/g, ' ');
  return text.match(/\p{L}{2,}/gu) ?? [];
}

describe('no English outside the message catalog', () => {
  it.each(filesUnder('templates', '.hbs'))('%s has no text of its own', (path) => {
    const source = readFileSync(join(root, path), 'utf8').replace(/opsc-audit assess/g, '');
    expect(templateWords(source)).toEqual([]);
  });

  it.each(sourceFiles())('%s has no English sentence', (path) => {
    expect(englishIn(path)).toEqual([]);
  });

  it.each(sourceFiles())('%s has no short English word (Yes, No, Overall, n/a...)', (path) => {
    expect(shortWordsIn(literalTexts(path))).toEqual([]);
  });

  it('finds a sentence and a template word when there is one', () => {
    expect(threeWords.test('of applicable questions answered')).toBe(true);
    expect(threeWords.test('s-pillar-theme')).toBe(false);
    expect(templateWords('<p>{{t "x"}} Notes</p>')).toEqual(['Notes']);
    expect(templateWords('<p class="kicker">{{t "x" n=(md y)}}</p>&nbsp;')).toEqual([]);
    expect(englishIn('src/i18n/en.ts').length).toBeGreaterThan(0);
    expect(shortWordsIn(['Yes', 'Overall', 'n/a', ' pts', '±0 pts', ' of ', 'yes', 'none', 'a:no'])).toEqual([
      'Yes',
      'Overall',
      'n/a',
      ' pts',
      '±0 pts',
      ' of ',
    ]);
    expect(shortWordsIn(literalTexts('src/i18n/en.ts'))).toContain('Overall');
  });
});
