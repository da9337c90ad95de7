import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { loadComparePair } from '../../src/commands/compare-inputs.js';
import { buildCompareView } from '../../src/compare/build-compare-view.js';
import { compareAnswers } from '../../src/compare/compare-answers.js';
import { readBundledTemplate, readTemplateAssets } from '../../src/load/read-templates.js';
import type { AnswersFile } from '../../src/model/checklist.js';
import { buildReportView } from '../../src/report/build-report-view.js';
import { escapeMarkdownInline } from '../../src/report/markdown.js';
import { renderTemplate, type TemplateFormat } from '../../src/report/render.js';
import { scoreAnswers } from '../../src/score/score-answers.js';
import { inPieces } from '../../src/text/pieces.js';
import { cleanOutput, FSI, oneLine, PDI } from '../../src/text/sanitize.js';
import { renderStyled } from '../../src/text/style.js';
import { C, root } from '../helpers/compare-fixture.js';
import { loadFixtureAnswers, loadFixtureIndex } from '../helpers/fixtures.js';
import { fakeIo } from '../helpers/io.js';

const reader = new MarkdownIt('default', { html: true });

/** The full fixture report (notes and evidence are in its annex) with PRV-LAW-01's notes and evidence and the country replaced. */
async function report(
  format: TemplateFormat,
  change: { notes?: string; evidence?: { title: string; url?: string }[]; country?: string },
): Promise<string> {
  const index = loadFixtureIndex('reports/checklist.yaml');
  const answers = structuredClone(loadFixtureAnswers('reports/answers.yaml', index));
  const answer = answers.answers['PRV-LAW-01'];
  if (!answer) throw new Error('fixture changed');
  if (change.notes !== undefined) answer.notes = change.notes;
  if (change.evidence) answer.evidence = change.evidence;
  if (change.country !== undefined) answers.respondent.country = change.country;
  const view = buildReportView(index, answers, scoreAnswers(index, answers.answers), {
    includePrivate: false,
    generator: 'opsc-audit test',
    detail: 'full',
  });
  const name = `report.${format}.hbs`;
  return renderTemplate(
    await readBundledTemplate(name),
    view,
    format,
    await readTemplateAssets(format),
    name,
  );
}

describe('issue 15 point 6: user text in Markdown', () => {
  it('15.6: a note with a setext underline makes no heading or rule, and stays in its list item', async () => {
    const html = reader.render(await report('md', { notes: 'x\n\nFAKE\n===\n\nmore\n---\n\n# y' }));
    const plain = reader.render(await report('md', { notes: 'x' }));
    expect(html.match(/<h1>/g)).toHaveLength(1);
    expect(html.match(/<hr/g)).toEqual(plain.match(/<hr/g));
    expect(html).not.toMatch(/<h[1-6]>(FAKE|y)/);
    // Every paragraph of the note is in the same list item as its label.
    expect(html).toMatch(
      /<li><strong>Notes:<\/strong> x<br>\s*<br>\s*FAKE<br>\s*===<br>\s*<br>\s*more<br>\s*---<br>\s*<br>\s*# y<\/li>/,
    );
  });

  it('15.6: lists, quotes, code, tables, HTML and link definitions in user text stay text', () => {
    const text = '* a\n1. b\n> c\n    d\n```\n| e | f |\n<div>g</div>\n[h]: https://evil.example\n[^1]: i';
    const html = reader.render(`- Notes: ${escapeMarkdownInline(text)}\n`);
    expect(html.match(/<(\w+)/g)).toEqual(['<ul', '<li', ...Array<string>(8).fill('<br')]);
  });

  it('15.6: NUL and ESC never reach the Markdown or the HTML', async () => {
    for (const format of ['md', 'html'] as const) {
      const out = await report(format, {
        notes: 'a\u0000b\u001b[31mc',
        country: 'Ex\u0000\u001b]0;t\u0007amplia',
      });
      expect(out).not.toContain('\u0000');
      expect(out).not.toContain('\u001b');
      expect(out).toContain('Examplia');
    }
  });

  it('15.6: a URL ending in a backslash stays one whole link, and the date after it stays outside', async () => {
    const md = await report('md', { evidence: [{ title: 'Code', url: 'https://example.org/a\\' }] });
    const line = md.split('\n').find((l) => l.includes('Code'));
    expect(line).toBe('  - Code (<https://example.org/a%5C>)');
    expect(reader.renderInline(line ?? '')).toBe(
      '  - Code (<a href="https://example.org/a%5C">https://example.org/a\\</a>)',
    );
  });

  it('15.6: an evidence link shows its URL beside its title, in Markdown and HTML', async () => {
    const evidence = [{ title: 'Official gazette', url: 'https://evil.example/gazette' }];
    const md = reader.render(await report('md', { evidence }));
    expect(md).toContain(
      'Official gazette (<a href="https://evil.example/gazette">https://evil.example/gazette</a>)',
    );
    const html = await report('html', { evidence });
    // The address is the link's own text (class url: the print style adds no second copy).
    expect(html).toContain(
      '<bdi>Official gazette</bdi> <span dir="ltr">(<a class="url" href="https://evil.example/gazette">https://evil.example/gazette</a>)</span>',
    );
  });
});

describe('issue 15 point 6: bidirectional text is isolated', () => {
  it('15.6: an unterminated RLO in an organisation name cannot reverse the rest of the compare summary', async () => {
    const pair = await loadComparePair(
      { base: `${C}/gov-2026.yaml`, current: `${C}/ngo-2026.yaml` },
      { checklist: `${C}/checklist-v1.1.yaml` },
      fakeIo(root),
    );
    const base: AnswersFile = structuredClone(pair.base.answers);
    base.respondent.organization = 'وزارة\u202e Ministry';
    const view = buildCompareView(
      compareAnswers({ ...pair, base: { ...pair.base, answers: base } }),
      pair.index,
      { base, current: pair.current.answers },
      { includePrivate: false, generator: 'opsc-audit test', files: { base: 'a.yaml', current: 'b.yaml' } },
    );
    const md = renderTemplate(
      await readBundledTemplate('compare.md.hbs'),
      view,
      'md',
      await readTemplateAssets('md'),
      'compare.md.hbs',
    );
    const sentence = md.split('\n').find((l) => l.startsWith('- Overall score')) ?? '';
    expect(sentence).not.toContain('\u202e');
    // The name sits inside its own isolate; the other side's score follows it, outside.
    expect(sentence).toMatch(
      new RegExp(`\\(${FSI}وزارة Ministry${PDI}\\) and \\d+% \\(Examplia Child Rights Coalition\\)`),
    );
  });

  it('15.6: HTML notes take their own direction and evidence titles are isolated', async () => {
    const html = await report('html', {
      notes: 'ملاحظة',
      evidence: [{ title: 'قانون', url: 'https://example.org/q' }],
    });
    expect(html).toContain('<dd class="notes" dir="auto">');
    expect(html).toContain(
      '<li><bdi>قانون</bdi> <span dir="ltr">(<a class="url" href="https://example.org/q">',
    );
  });

  it('15.6: terminal text isolates right-to-left names; a lone isolate mark never reaches the terminal', () => {
    expect(oneLine('مرحبا\u202e 51%')).toBe(`${FSI}مرحبا 51%${PDI}`);
    expect(oneLine('Examplia\u202e')).toBe('Examplia');
    expect(renderStyled(`a ${FSI}b${PDI} c${PDI} d${FSI}`, false)).toBe(`a ${FSI}b${PDI} c d`);
    expect(cleanOutput(`${PDI}x${FSI}\n${FSI}y\u0085${PDI}`)).toBe(`x\n${FSI}y${PDI}`);
  });
});

describe('issue 15 point 6: control characters', () => {
  it('15.6: lone surrogates are removed; a pair is never cut between two output pieces', () => {
    expect(cleanOutput('a\ud800b\udc00c😀')).toBe('abc😀');
    const pieces = [...inPieces(['ab😀cd'], 3)];
    expect(pieces).toEqual(['ab😀', 'cd']);
  });
});
