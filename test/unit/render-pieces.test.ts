import { PIECE_CHARS } from '../../src/text/pieces.js';
import { describe, expect, it } from 'vitest';
import { readBundledTemplate, readTemplateAssets } from '../../src/load/read-templates.js';
import { renderHtmlPieces, renderTemplate } from '../../src/report/render.js';
import { fixtureView } from '../helpers/render-fixture.js';

describe('HTML report written in pieces', () => {
  it('joins to exactly the report rendered whole', async () => {
    const source = await readBundledTemplate('report.html.hbs');
    const assets = await readTemplateAssets('html');
    const view = fixtureView('reports/answers.yaml');
    const whole = renderTemplate(source, view, 'html', assets);
    expect([...renderHtmlPieces(source, view, assets)].join('')).toBe(whole);
    expect(whole).toContain('<tr id="action-1">');
    expect(whole).toContain('<article class="question" id="q-PRV-LAW-01">');
    expect(whole).not.toContain('\u0000');
  });

  it('renders long lists item by item, in pieces of at most 16 KiB', async () => {
    const assets = await readTemplateAssets('html');
    const items = Array.from({ length: 3000 }, (_, i) => ({
      id: `Q-${i}`,
      text: `Question <${i}> ${'x'.repeat(60)}`,
    }));
    const source =
      '<h1>{{title}}</h1><ol>{{#each-streamed items}}<li id="{{id}}">{{text}}</li>{{/each-streamed}}</ol><p>end</p>';
    const pieces = [...renderHtmlPieces(source, { title: 'T', items }, assets)];
    expect(pieces.length).toBeGreaterThan(3);
    expect(pieces.slice(0, -1).every((p) => p.length === PIECE_CHARS)).toBe(true);
    expect(pieces.at(-1)?.length).toBeLessThanOrEqual(PIECE_CHARS);
    const html = pieces.join('');
    expect(html).toBe(renderTemplate(source, { title: 'T', items }, 'html', assets));
    expect(html.startsWith('<h1>T</h1><ol><li id="Q-0">Question &lt;0&gt;')).toBe(true);
    expect(html.endsWith('</li></ol><p>end</p>')).toBe(true);
  });
});
