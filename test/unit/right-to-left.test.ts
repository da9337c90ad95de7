import { describe, expect, it } from 'vitest';
import { pageLanguage, textDirection } from '../../src/i18n/direction.js';
import { translator } from '../../src/i18n/format.js';
import { loadLanguage } from '../../src/i18n/index.js';
import { isolateBidi } from '../../src/text/sanitize.js';
import { buildBarChart, buildHeatMap } from '../../src/report/charts.js';
import { buildDistributionChart } from '../../src/report/distribution-chart.js';
import { printPageCss } from '../../src/formats/print-css.js';
import { cssString } from '../../src/text/css-string.js';

const FSI = '\u2068';
const PDI = '\u2069';

describe('textDirection: the direction a language is written in', () => {
  it('Arabic, Hebrew, Persian, Urdu and tags with a right-to-left script read right to left', () => {
    for (const lang of ['ar', 'ar-EG', 'he', 'fa', 'ur', 'ps', 'ckb', 'az-Arab', 'pa-Arab'])
      expect(textDirection(lang), lang).toBe('rtl');
  });

  it('English, French, Spanish and a right-to-left language written in Latin letters read left to right', () => {
    for (const lang of ['en', 'fr', 'es', 'es-419', 'fr-CA', 'ku', 'az', 'ar-Latn', 'sd-Deva'])
      expect(textDirection(lang), lang).toBe('ltr');
  });

  it('a page in a language has that language and its direction', () => {
    expect(pageLanguage('ar')).toEqual({ lang: 'ar', dir: 'rtl' });
    expect(pageLanguage('fr')).toEqual({ lang: 'fr', dir: 'ltr' });
  });
});

describe('isolateBidi for right-to-left text', () => {
  it('in left-to-right text, only right-to-left letters are isolated', () => {
    expect(isolateBidi('A/HRC/49/51')).toBe('A/HRC/49/51');
    expect(isolateBidi('ائتلاف')).toBe(`${FSI}ائتلاف${PDI}`);
  });

  it('in right-to-left text, Latin names, citations and numbers are isolated; punctuation alone is not', () => {
    expect(isolateBidi('A/HRC/49/51, para. 43', 'rtl')).toBe(`${FSI}A/HRC/49/51, para. 43${PDI}`);
    expect(isolateBidi('45%', 'rtl')).toBe(`${FSI}45%${PDI}`);
    expect(isolateBidi('PRV-LAW-01', 'rtl')).toBe(`${FSI}PRV-LAW-01${PDI}`);
    expect(isolateBidi(' – ', 'rtl')).toBe(' – ');
    // Already isolated: not again.
    expect(isolateBidi(`${FSI}Veloria${PDI}`, 'rtl')).toBe(`${FSI}Veloria${PDI}`);
  });

  it('the Arabic translator isolates every placeholder with letters or digits; the English one only RTL ones', async () => {
    await loadLanguage('ar');
    const ar = translator('ar')('common.checklistVersion', { id: 'sr-2022', version: '2.0.1' });
    expect(ar).toContain(`${FSI}sr-2022${PDI}`);
    expect(ar).toContain(`${FSI}2.0.1${PDI}`);
    const en = translator('en')('common.checklistVersion', { id: 'sr-2022', version: '2.0.1' });
    expect(en).not.toContain(FSI);
  });
});

describe('charts drawn right to left', () => {
  const rows = [
    { label: 'Prevention', values: [{ percent: 50, fill: '#123456', text: '50%', series: 'Score' }] },
    { label: 'Protection', values: [{ percent: 100, fill: '#123456', text: '100%', series: 'Score' }] },
  ];

  it('bars: the same lengths, grown from the right edge of the plot; labels and the 0% tick on the right', () => {
    const ltr = buildBarChart('c', 'T', rows);
    const rtl = buildBarChart('c', 'T', rows, 'rtl');
    expect(rtl.width).toBe(ltr.width);
    const zero = ltr.ticks[0]?.x ?? 0;
    for (const [r, row] of rtl.rows.entries())
      for (const [b, bar] of row.bars.entries()) {
        const mirror = ltr.rows[r]?.bars[b];
        expect(bar.width).toBe(mirror?.width);
        // The bar's right end is where the left-to-right bar's left end is, seen in a mirror.
        expect(bar.x + bar.width).toBe(ltr.width - zero);
        expect(bar.textX).toBe(ltr.width - (mirror?.textX ?? 0));
      }
    expect(rtl.ticks.map((t) => t.x)).toEqual(ltr.ticks.map((t) => ltr.width - t.x));
    expect(rtl.labelX).toBe(ltr.width - ltr.labelX);
    expect(rtl.ticks.map((t) => t.label)).toEqual(ltr.ticks.map((t) => t.label));
  });

  it('stacked bars: each row starts at the right edge; the total stands on the left', () => {
    const cats = [
      { label: 'A', fill: '#111111' },
      { label: 'B', fill: '#222222' },
    ];
    const chart = buildDistributionChart('d', 'T', cats, [{ label: 'All', counts: [1, 3] }], 'rtl');
    const [first, second] = chart.rows[0]?.segments ?? [];
    expect((first?.x ?? 0) + (first?.width ?? 0)).toBe(chart.width - 190);
    expect(second?.x ?? 0).toBeLessThan(first?.x ?? 0);
    expect(chart.rows[0]?.totalX ?? 0).toBeLessThan(second?.x ?? 0);
  });

  it('heat map: the first column is the rightmost, row labels to the right of the grid', () => {
    const cell = (row: number, column: number) => ({
      row,
      column,
      text: '1',
      fill: '#ffffff',
      ink: '#000000',
      few: false,
      tip: '',
    });
    const map = buildHeatMap('h', 'T', ['P'], ['A', 'B'], [cell(0, 0), cell(0, 1)], [], 'rtl');
    expect(map.columns[0]?.x ?? 0).toBeGreaterThan(map.columns[1]?.x ?? 0);
    expect(map.cells[0]?.x ?? 0).toBeGreaterThan(map.cells[1]?.x ?? 0);
    const right = Math.max(...map.cells.map((c) => c.x + c.width));
    expect(map.rows[0]?.x ?? 0).toBeGreaterThan(right);
  });
});

describe('the PDF page of a right-to-left report', () => {
  it('puts the running header top right and the page number bottom left, drawn right to left', () => {
    const css = printPageCss('تقرير', 'a4', 'rtl');
    expect(css).toMatch(/@top-right \{ content: "تقرير";[^}]*direction: rtl;/);
    expect(css).toContain('@bottom-left { content: counter(page)');
    expect(printPageCss('Report', 'a4')).toMatch(/@top-left[\s\S]*@bottom-right/);
  });

  it('keeps the isolates around the parts of its header, escaped; a lone one is removed', () => {
    expect(cssString(`${FSI}Veloria${PDI} · x`)).toBe('"\\2068 Veloria\\2069  · x"');
    expect(cssString(`${FSI}Veloria · x`)).toBe('"Veloria · x"');
  });
});
