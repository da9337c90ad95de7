import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadComparePair } from '../../src/commands/compare-inputs.js';
import { buildCompareView } from '../../src/compare/build-compare-view.js';
import { compareAnswers } from '../../src/compare/compare-answers.js';
import type { CompareMode } from '../../src/compare/types.js';
import { readBundledTemplate, readTemplateAssets } from '../../src/load/read-templates.js';
import type { AnswersFile } from '../../src/model/checklist.js';
import type { TemplateAssets, TemplateSource } from '../../src/model/template-assets.js';
import { buildReportView } from '../../src/report/build-report-view.js';
import type { ReportDetail } from '../../src/report/report-detail.js';
import { isSafeUrl } from '../../src/report/markdown.js';
import { renderTemplate, type TemplateFormat } from '../../src/report/render.js';
import { scoreAnswers } from '../../src/score/score-answers.js';
import { stripControl } from '../../src/text/sanitize.js';
import { C, root } from '../helpers/compare-fixture.js';
import { loadFixtureAnswers, loadFixtureIndex } from '../helpers/fixtures.js';
import { fakeIo } from '../helpers/io.js';
import { htmlStructure, markdownStructure, textProblems } from '../helpers/structure.js';

// Pieces that would open structure or reorder text if they reached the output as written.
const NASTY = [
  '\n\n# x',
  '\n===',
  '\n---',
  '\n\n',
  '\n',
  '* ',
  '1. ',
  '> ',
  '|',
  '| a | b |\n| - | - |',
  '`',
  '```',
  '~~~',
  '    code',
  '<script>alert(1)</script>',
  '<div>',
  '<!--',
  '[x](javascript:alert(1))',
  '[x]: https://evil.example',
  '[^1]: note',
  '![i](https://evil.example/i.png)',
  '<https://evil.example>',
  '*em* _em_ **b**',
  '&amp; &#x41;',
  '\\',
  '\u202e',
  '\u202b',
  '\u2066',
  '\u2068',
  '\u2069',
  '\u0000',
  '\u001b[31m',
  '\u001b]8;;https://evil.example\u0007',
  '\u0085',
  '\u009b2J',
  '\u007f',
  '\r',
  '\ud800',
  '\udc00',
  'שלום',
  'مرحبا 12',
  'https://example.org/a b\\',
  'mailto:a@b.example',
  ')',
  '>',
];

const piece = fc.oneof(
  fc.constantFrom(...NASTY),
  fc.string({ unit: 'binary', maxLength: 6 }),
  fc.string({ maxLength: 6 }),
);
const userString = fc.array(piece, { maxLength: 6 }).map((parts) => parts.join(''));
const urlString = fc.oneof(
  userString,
  userString.map((s) => `https://example.org/${s}`),
  userString.map((s) => `mailto:${s}`),
);

interface UserText {
  country: string;
  organization: string;
  name: string;
  notes: string;
  reason: string;
  title: string;
  url: string;
}

const userText: fc.Arbitrary<UserText> = fc.record({
  country: userString,
  organization: userString,
  name: userString,
  notes: userString,
  reason: userString,
  title: userString,
  url: urlString,
});

/** Harmless text in the same place and of the same kind: empty stays empty, a link stays a link. */
function harmless(u: UserText): UserText {
  const plain = (s: string): string => (stripControl(s).trim() === '' ? s : 'plain words');
  const url = isSafeUrl(u.url) ? 'https://example.org/plain' : plain(u.url);
  return {
    country: plain(u.country),
    organization: plain(u.organization),
    name: plain(u.name),
    notes: plain(u.notes),
    reason: plain(u.reason),
    title: plain(u.title),
    url,
  };
}

/** The answers with every piece of user text replaced (notes, reasons, evidence, respondent names). */
function withUserText(answers: AnswersFile, u: UserText): AnswersFile {
  const copy = structuredClone(answers);
  Object.assign(copy.respondent, { country: u.country, organization: u.organization, name: u.name });
  for (const answer of Object.values(copy.answers)) {
    if (answer.notes !== undefined) answer.notes = u.notes;
    if (answer.na) answer.na.reason = u.reason;
    for (const e of answer.evidence ?? []) {
      e.title = u.title;
      if (e.url !== undefined) e.url = u.url;
    }
  }
  return copy;
}

let assets: TemplateAssets;
const templates: Record<string, TemplateSource> = {};
beforeAll(async () => {
  assets = await readTemplateAssets('html');
  for (const name of ['report.md.hbs', 'report.html.hbs', 'compare.md.hbs', 'compare.html.hbs'])
    templates[name] = await readBundledTemplate(name);
});

function render(kind: 'report' | 'compare', format: TemplateFormat, view: object): string {
  const name = `${kind}.${format}.hbs`;
  return renderTemplate(templates[name] ?? '', view, format, assets, name);
}

/** Renders both formats and checks them against the same view with harmless text (structures memoised). */
function checkRendered(kind: 'report' | 'compare', view: object, plain: () => object, key: string): void {
  const md = render(kind, 'md', view);
  const html = render(kind, 'html', view);
  expect(textProblems(md)).toEqual([]);
  expect(textProblems(html)).toEqual([]);
  let expected = baselines.get(`${kind}:${key}`);
  if (!expected) {
    const base = plain();
    expected = {
      md: markdownStructure(render(kind, 'md', base)),
      html: htmlStructure(render(kind, 'html', base)),
    };
    baselines.set(`${kind}:${key}`, expected);
  }
  expect(markdownStructure(md)).toEqual(expected.md);
  expect(htmlStructure(html)).toEqual(expected.html);
}

const baselines = new Map<string, { md: string[]; html: string[] }>();

describe('issue 15 point 6: user text stays data in every format', () => {
  it('15.6: no note, evidence or name changes the structure of a report, in Markdown or HTML', () => {
    const index = loadFixtureIndex('reports/checklist.yaml');
    const answers = loadFixtureAnswers('reports/answers.yaml', index);
    // The brief shows the respondent's names; the full report adds notes, reasons and evidence in its annex.
    const view = (detail: ReportDetail, a: AnswersFile): object =>
      buildReportView(index, a, scoreAnswers(index, a.answers), {
        includePrivate: false,
        generator: 'opsc-audit test',
        detail,
      });
    fc.assert(
      fc.property(fc.constantFrom<ReportDetail>('brief', 'full'), userText, (detail, u) => {
        const plain = harmless(u);
        checkRendered(
          'report',
          view(detail, withUserText(answers, u)),
          () => view(detail, withUserText(answers, plain)),
          JSON.stringify([detail, plain]),
        );
      }),
      { numRuns: 30 },
    );
  }, 120_000);

  it('15.6: no note, evidence or organisation name changes the structure of a comparison', async () => {
    const pair = await loadComparePair(
      { base: `${C}/gov-2026.yaml`, current: `${C}/ngo-2026.yaml` },
      { checklist: `${C}/checklist-v1.1.yaml` },
      fakeIo(root),
    );
    // The mode is forced: equal organisation names would otherwise choose it, and harmless text must not.
    const view = (mode: CompareMode, base: AnswersFile, current: AnswersFile): object =>
      buildCompareView(
        compareAnswers({
          mode,
          index: pair.index,
          base: { ...pair.base, answers: base },
          current: { ...pair.current, answers: current },
        }),
        pair.index,
        { base, current },
        { includePrivate: false, generator: 'opsc-audit test', files: { base: 'a.yaml', current: 'b.yaml' } },
      );
    fc.assert(
      fc.property(
        fc.constantFrom<CompareMode>('divergence', 'progress'),
        userText,
        userText,
        (mode, b, c) => {
          const [pb, pc] = [harmless(b), harmless(c)];
          checkRendered(
            'compare',
            view(mode, withUserText(pair.base.answers, b), withUserText(pair.current.answers, c)),
            () => view(mode, withUserText(pair.base.answers, pb), withUserText(pair.current.answers, pc)),
            JSON.stringify([mode, pb, pc]),
          );
        },
      ),
      { numRuns: 20 },
    );
  }, 120_000);
});
