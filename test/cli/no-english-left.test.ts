import { readFile } from 'node:fs/promises';
import { parse as parseHtml, type DefaultTreeAdapterMap } from 'parse5';
import { afterEach, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { main } from '../../src/main.js';
import { useLanguage } from '../../src/i18n/index.js';
import { fakeIo } from '../helpers/io.js';

type Node = DefaultTreeAdapterMap['node'];

afterEach(() => {
  useLanguage('en');
});

const EXAMPLES = [
  'examples/veloria-government.answers.yaml',
  'examples/veloria-government-2024.answers.yaml',
  'examples/veloria-ngo.answers.yaml',
];

/**
 * English words that are not also French, Spanish or Arabic words: one of them in a translated report is English
 * text left untranslated. (Words that are also French or Spanish, such as "a", "on", "an", "no", "or", "son",
 * "questions", "sections", "notes" and "score", are left out, and so are names.)
 */
const ENGLISH = new Set(
  (
    'the and of with which this that these those are is was were has have had not for from by be been being its ' +
    'at to than their they them what when where who whom how each every only should would will could there here ' +
    'yet also into about after before because between both does done answered gap gaps report checklist evidence ' +
    'assessed pillar overall coverage weighted level'
  ).split(' '),
);

/** Proper names the translations keep in English: "The Code" is the name of the tourism industry's code of conduct. */
const NAMES = ['The Code'];

/** Every text a reader sees or hears in an HTML report: text nodes, and the alt, title and aria-label attributes. */
function visibleText(html: string): string[] {
  const out: string[] = [];
  const walk = (node: Node): void => {
    if (node.nodeName === '#text' && 'value' in node) out.push(node.value);
    if ('tagName' in node) {
      if (node.tagName === 'style' || node.tagName === 'script') return;
      for (const a of node.attrs) if (['alt', 'title', 'aria-label'].includes(a.name)) out.push(a.value);
    }
    if ('childNodes' in node) for (const child of node.childNodes) walk(child);
    if ('content' in node) walk(node.content);
  };
  walk(parseHtml(html));
  return out;
}

/** The respondent's own text in an answers file (notes, evidence, names...): it stays as written, in any language. */
function userText(answers: unknown): string[] {
  const out: string[] = [];
  const walk = (value: unknown, key: string): void => {
    if (typeof value === 'string') {
      if (
        !['level', 'value', 'digest', 'answered', 'format', 'id', 'version', 'role', 'language'].includes(key)
      )
        out.push(...value.split(/\n+/).map((line) => line.trim()));
    } else if (Array.isArray(value)) for (const item of value) walk(item, key);
    else if (value !== null && typeof value === 'object')
      for (const [k, v] of Object.entries(value)) walk(v, k === 'answers' || key === 'answers' ? '' : k);
  };
  walk(answers, '');
  return out.filter((text) => text.length > 0).sort((a, b) => b.length - a.length);
}

/** The English words left in a text once user text, URLs and document citations are taken out, each in context. */
function englishLeft(texts: readonly string[], user: readonly string[]): string[] {
  const found: string[] = [];
  for (const raw of texts) {
    let text = raw.replace(/\s+/g, ' ');
    for (const u of [...user, ...NAMES]) text = text.split(u.replace(/\s+/g, ' ')).join(' ');
    text = text
      .replace(/https?:\/\/\S+/g, ' ')
      .replace(/\b[A-Z]+\/[A-Z0-9./]+\b/g, ' ')
      .replace(/\b(?:sha256:)?[0-9a-f]{12,}\b/g, ' ');
    for (const match of text.matchAll(/\p{L}+/gu)) {
      if (ENGLISH.has(match[0].toLowerCase())) {
        const at = match.index;
        found.push(`"${match[0]}" in: …${text.slice(Math.max(0, at - 40), at + 40)}…`);
      }
    }
  }
  return found;
}

/** The report's HTML and what the command said on standard error (a note on withheld evidence, say). */
async function render(args: string[]): Promise<{ html: string; said: string }> {
  const io = fakeIo(process.cwd(), {});
  const code = await main(args, io);
  expect(code, args.join(' ')).toBe(0);
  return { html: io.out(), said: io.err() };
}

describe('a report of the examples in French, Spanish or Arabic has no English left in it', () => {
  for (const lang of ['fr', 'es', 'ar'])
    it(`--lang ${lang}: the brief and the full report, apart from the respondent's own text and citations`, async () => {
      for (const example of EXAMPLES) {
        const user = userText(parseYaml(await readFile(example, 'utf8')));
        for (const detail of ['brief', 'full']) {
          const { html, said } = await render([
            'report',
            example,
            '--lang',
            lang,
            '-f',
            'html',
            '--detail',
            detail,
          ]);
          const left = englishLeft([...visibleText(html), said], user);
          expect(left.slice(0, 15), `${example} --detail ${detail}: ${left.length} English words`).toEqual(
            [],
          );
        }
      }
    });

  it("the respondent's notes stay as written, in the language they were written in", async () => {
    const note = 'The Family Code (2017) sets 18 as the minimum age';
    for (const lang of ['fr', 'es', 'ar']) {
      const { html } = await render([
        'report',
        EXAMPLES[0] ?? '',
        '--lang',
        lang,
        '-f',
        'html',
        '--detail',
        'full',
      ]);
      expect(html, lang).toContain(note);
      expect(html, lang).toMatch(new RegExp(`<html[^>]* lang="${lang}"`));
    }
  });

  it('the check finds English: the same report in English is full of it', async () => {
    const example = EXAMPLES[0] ?? '';
    const user = userText(parseYaml(await readFile(example, 'utf8')));
    const { html } = await render(['report', example, '--lang', 'en', '-f', 'html']);
    expect(englishLeft(visibleText(html), user).length).toBeGreaterThan(200);
  });
});
