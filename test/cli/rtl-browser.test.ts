import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import JSZip from 'jszip';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/main.js';
import { fakeIo } from '../helpers/io.js';
import { launchChromium, openPage, graveViolations, repoRoot } from '../helpers/report-kinds.js';

// The Arabic pages (a right-to-left language) in Debian's headless Chromium: the page's direction, charts drawn
// from the right, tables read from the right, ids and citations kept in their own order, no sideways scrolling on a
// phone, axe-core. The language is chosen as a user does (OPSC_LANG until --lang).
const AR = { OPSC_LANG: 'ar' };
const government = 'examples/veloria-government.answers.yaml';
const PAGES: { name: string; args: string[] }[] = [
  { name: 'report', args: ['report', government] },
  { name: 'report-full', args: ['report', government, '--detail', 'full'] },
  { name: 'questionnaire', args: ['show', 'checklists/sr-practical-approach-2022.yaml'] },
  { name: 'compare-divergence', args: ['compare', government, 'examples/veloria-ngo.answers.yaml'] },
  {
    name: 'compare-progress',
    args: ['compare', 'examples/veloria-government-2024.answers.yaml', government],
  },
];
const ARABIC_NGO = 'ائتلاف فيلوريا لحقوق الطفل';

let browser: Browser;
const dir = mkdtempSync(join(tmpdir(), 'opsc-rtl-'));
const files: Record<string, string> = {};

async function render(name: string, args: string[], env: Record<string, string>): Promise<string> {
  const out = join(dir, `${name}.html`);
  expect(await main([...args, '-f', 'html', '-o', out], fakeIo(repoRoot, env)), name).toBe(0);
  return out;
}

beforeAll(async () => {
  for (const p of PAGES) files[p.name] = await render(p.name, p.args, AR);
  files['report-en'] = await render('report-en', ['report', government], {});
  // An English report of an organisation with an Arabic name.
  const ngo = readFileSync(join(repoRoot, 'examples/veloria-ngo.answers.yaml'), 'utf8').replace(
    'organization: Veloria Coalition for Child Rights',
    `organization: ${ARABIC_NGO}`,
  );
  const answers = join(dir, 'arabic-ngo.answers.yaml');
  writeFileSync(answers, ngo);
  files['en-arabic-name'] = await render('en-arabic-name', ['report', answers], {});
  browser = await launchChromium();
}, 120_000);

afterAll(async () => {
  await browser.close();
});

/** The left edge of each character of an element's text in the page, in order (which way a run is drawn). */
function charLefts(page: Page, selector: string): Promise<{ text: string; lefts: number[] }> {
  return page
    .locator(selector)
    .first()
    .evaluate((el) => {
      const text = el.textContent;
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      const lefts: number[] = [];
      const range = document.createRange();
      let chars = '';
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const data = (node as Text).data;
        for (let i = 0; i < data.length; i++) {
          const char = data[i] ?? '';
          if (!/[A-Za-z0-9]/.test(char)) continue;
          range.setStart(node, i);
          range.setEnd(node, i + 1);
          lefts.push(range.getBoundingClientRect().left);
          chars += char;
        }
      }
      return { text: `${text} [${chars}]`, lefts };
    });
}

const ascending = (xs: number[]): boolean => xs.every((x, i) => i === 0 || x > (xs[i - 1] ?? 0));

describe('Arabic pages are right to left', () => {
  it('every page says lang="ar" dir="rtl"; the English report says dir="ltr"', () => {
    for (const p of PAGES)
      expect(readFileSync(files[p.name] ?? '', 'utf8'), p.name).toContain('<html lang="ar" dir="rtl">');
    expect(readFileSync(files['report-en'] ?? '', 'utf8')).toContain('<html lang="en" dir="ltr">');
  });

  it('bars grow from the right: each starts at the right end of its track, labels stand to their right', async () => {
    // The compare chart: one bar per side and pillar, from the 0% line, which is on the right of the 100% line.
    const { page, close } = await openPage(browser, files['compare-divergence'] ?? '', 1280);
    const chart = await page.locator('#compare-pillars svg[role="img"]').evaluate((svg) => {
      const box = (el: Element): DOMRect => el.getBoundingClientRect();
      // The axis labels, 0% first (whatever the language writes a percentage with).
      const ticks = [...svg.querySelectorAll('text[text-anchor="middle"]')].map(box);
      const lines = [...svg.querySelectorAll('line.axis')].map((l) => box(l).left);
      const bars = [...svg.querySelectorAll('rect')].filter((r) => box(r).width > 0);
      return {
        zero: ticks[0]?.left ?? 0,
        hundred: ticks.at(-1)?.right ?? Infinity,
        track: { left: Math.min(...lines), right: Math.max(...lines) },
        rights: bars.map((b) => box(b).right),
        lefts: bars.map((b) => box(b).left),
        labelLefts: [...svg.querySelectorAll('text[text-anchor="end"]')].map((t) => box(t).left),
      };
    });
    expect(chart.rights.length).toBeGreaterThan(4);
    for (const right of chart.rights) expect(Math.abs(right - chart.track.right)).toBeLessThanOrEqual(1);
    for (const left of chart.lefts) expect(left).toBeGreaterThanOrEqual(chart.track.left - 1);
    expect(chart.zero).toBeGreaterThan(chart.hundred);
    for (const left of chart.labelLefts) expect(left).toBeGreaterThan(chart.track.right);
    await close();

    // The answer distribution of the full report: every row's stacked bar starts at the same right edge.
    const full = await openPage(browser, files['report-full'] ?? '', 1280);
    const rows = await full.page.locator('#chart-distribution svg[role="img"]').evaluate((svg) => {
      const rects = [...svg.querySelectorAll('rect')].map((r) => r.getBoundingClientRect());
      const byRow = new Map<number, DOMRect[]>();
      for (const r of rects) byRow.set(Math.round(r.top), [...(byRow.get(Math.round(r.top)) ?? []), r]);
      return [...byRow.values()].map((row) => ({
        right: Math.max(...row.map((r) => r.right)),
        left: Math.min(...row.map((r) => r.left)),
      }));
    });
    expect(rows.length).toBeGreaterThanOrEqual(2);
    const right = rows[0]?.right ?? 0;
    for (const row of rows) expect(Math.abs(row.right - right)).toBeLessThanOrEqual(1);
    // Rows with fewer questions are as long: the full width is the row's total, so every row also ends together.
    for (const row of rows) expect(row.left).toBeLessThan(right);
    await full.close();
  });

  it('the heat map is mirrored: the first theme is the rightmost column, the pillar names on the right', async () => {
    const { page, close } = await openPage(browser, files.report ?? '', 1280);
    const map = await page.locator('#chart-heatmap svg[role="img"]').evaluate((svg) => {
      const heads = [...svg.querySelectorAll('text[text-anchor="middle"]')]
        .filter((t) => t.querySelector('tspan'))
        .map((t) => t.getBoundingClientRect().left);
      const cells = [...svg.querySelectorAll('rect.cell')].map((r) => r.getBoundingClientRect());
      const labels = [...svg.querySelectorAll('text[text-anchor="end"]')].map((t) =>
        t.getBoundingClientRect(),
      );
      return {
        heads,
        cellRight: Math.max(...cells.map((c) => c.right)),
        labelLeft: Math.min(...labels.map((l) => l.left)),
      };
    });
    expect(map.heads.length).toBeGreaterThan(2);
    expect(map.heads[0]).toBeGreaterThan(map.heads.at(-1) ?? Infinity);
    expect(map.labelLeft).toBeGreaterThan(map.cellRight);
    await close();
  });

  it("tables read from the right: a row's first cell is its rightmost, numbers included", async () => {
    const { page, close } = await openPage(browser, files.report ?? '', 1280);
    const table = await page
      .locator('main table')
      .first()
      .evaluate((t) => {
        const row = t.querySelector('tbody tr');
        const cells = [...(row?.children ?? [])].map((c) => c.getBoundingClientRect());
        return { tableRight: t.getBoundingClientRect().right, rights: cells.map((c) => c.right) };
      });
    expect(Math.abs((table.rights[0] ?? 0) - table.tableRight)).toBeLessThanOrEqual(1);
    expect([...table.rights].sort((a, b) => b - a)).toEqual(table.rights);
    await close();
  });

  it('question ids and document symbols are drawn left to right inside Arabic text', async () => {
    const { page, close } = await openPage(browser, files.report ?? '', 1280);
    const id = await charLefts(page, 'table.actions tbody th .qid');
    expect(id.lefts.length).toBeGreaterThan(5);
    expect(ascending(id.lefts), id.text).toBe(true);
    expect(
      await page
        .locator('table.actions .qid')
        .first()
        .evaluate((e) => getComputedStyle(e).unicodeBidi),
    ).toBe('isolate');
    // "A/HRC/49/51, …": the symbol's letters and digits in reading order from the left.
    const cite = await page
      .locator('table.actions .cite')
      .first()
      .evaluate((el) => {
        const text = el.firstChild as Text;
        const symbol = /[A-Z][A-Z0-9/.-]+\d/.exec(text.data);
        if (!symbol) return { symbol: '', lefts: [] as number[] };
        const range = document.createRange();
        const lefts: number[] = [];
        for (let i = symbol.index; i < symbol.index + symbol[0].length; i++) {
          if (!/[A-Za-z0-9]/.test(text.data[i] ?? '')) continue;
          range.setStart(text, i);
          range.setEnd(text, i + 1);
          lefts.push(range.getBoundingClientRect().left);
        }
        return { symbol: symbol[0], lefts };
      });
    expect(cite.symbol).toMatch(/\//);
    expect(ascending(cite.lefts), cite.symbol).toBe(true);
    // Percentages keep their digits in order and the sign after them, on screen and in print, where the figure
    // stands inline after Arabic words (which would otherwise turn "49%" into "%49").
    for (const media of ['screen', 'print'] as const) {
      await page.emulateMedia({ media });
      const figure = await page
        .locator('.headline .figure strong')
        .first()
        .evaluate((el) => {
          const text = el.firstChild?.firstChild as Text;
          const range = document.createRange();
          return Array.from({ length: text.length }, (_, i) => {
            range.setStart(text, i);
            range.setEnd(text, i + 1);
            return range.getBoundingClientRect().left;
          });
        });
      expect(figure.length, media).toBeGreaterThan(1);
      expect(ascending(figure), `${media}: ${figure.join(' ')}`).toBe(true);
    }
    await close();
  });

  it('no page scrolls sideways at 390 px', async () => {
    for (const p of PAGES) {
      const { page, close } = await openPage(browser, files[p.name] ?? '', 390);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, p.name).toBeLessThanOrEqual(1);
      await close();
    }
  }, 60_000);

  it('an Arabic organisation name in an English report is isolated: the English around it keeps its order', async () => {
    const html = readFileSync(files['en-arabic-name'] ?? '', 'utf8');
    expect(html).toContain(`<bdi>${ARABIC_NGO}</bdi>`);
    // In the title, a sentence from the catalog, the name is a parameter: isolated with FSI … PDI.
    expect(html).toMatch(new RegExp(`<h1>[^<]*\u2068${ARABIC_NGO}\u2069`));
    const { page, close } = await openPage(browser, files['en-arabic-name'] ?? '', 1280);
    // "Republic of Veloria (fictional): <name> — self-assessment…": the country still comes first, on the left.
    const title = await charLefts(page, 'h1');
    expect(title.lefts[0]).toBeLessThan(title.lefts.at(-1) ?? 0);
    expect(
      await page
        .locator('.profile-facts bdi', { hasText: ARABIC_NGO })
        .evaluate((e) => getComputedStyle(e).direction),
    ).toBe('rtl');
    await close();
  });
});

describe('the Arabic PDF', () => {
  it('runs its header from the right and numbers pages on the left; names and numbers stay isolated', async () => {
    const pdf = join(dir, 'report.pdf');
    expect(
      await main(
        ['report', government, '-f', 'pdf', '-o', pdf],
        fakeIo(repoRoot, { ...AR, PATH: process.env.PATH ?? '' }),
      ),
    ).toBe(0);
    const layout = execFileSync('pdftotext', ['-layout', '-f', '1', '-l', '1', pdf, '-'], {
      encoding: 'utf8',
    });
    const lines = layout.split('\n').filter((l) => l.trim() !== '');
    const bare = (l: string): string => l.replace(/[\u2066-\u2069\u202a-\u202e]/g, '').trim();
    // Right to left, the header's first part (the country) is its rightmost; the date, its last, on the left,
    // written as one left-to-right run ("12/11/2026"). Where pdftotext draws each word on the page says so.
    const words = [
      ...execFileSync('pdftotext', ['-bbox', '-f', '1', '-l', '1', pdf, '-'], {
        encoding: 'utf8',
      }).matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)"[^>]*>([^<]*)<\/word>/g),
    ].map((m) => ({ x: Number(m[1]), y: Number(m[2]), text: bare(m[3] ?? '') }));
    const header = words.filter((w) => w.y < 40);
    const date = header.find((w) => /^\d{2}\/\d{2}\/\d{4}$/.test(w.text));
    const country = header.find((w) => w.text === 'Republic');
    expect(date, 'the date, digits in order').toBeDefined();
    expect(country?.x ?? 0).toBeGreaterThan(date?.x ?? Infinity);
    expect(Math.min(...header.map((w) => w.x))).toBe(date?.x);
    // "1 / 4" in the bottom-left corner.
    const last = lines.at(-1) ?? '';
    expect(bare(last)).toMatch(/^\d+ ?\/ ?\d+$/);
    expect(last.length - last.trimStart().length).toBeLessThan(10);
    // The isolates of the page reach the PDF (printing once removed them, and "49%" came out as "%49").
    expect(layout).toContain('\u2068');
  }, 60_000);
});

describe('the Arabic Word file', () => {
  it('has right-to-left paragraphs and tables whose first column is on the right', async () => {
    const docx = join(dir, 'report.docx');
    expect(await main(['report', government, '-f', 'docx', '-o', docx], fakeIo(repoRoot, AR))).toBe(0);
    const zip = await JSZip.loadAsync(readFileSync(docx));
    const styles = (await zip.file('word/styles.xml')?.async('string')) ?? '';
    const body = (await zip.file('word/document.xml')?.async('string')) ?? '';
    expect(styles).toMatch(/<w:pPrDefault>[\s\S]*<w:bidi\/>/);
    expect(styles).toContain('w:bidi="ar"');
    expect(body).toContain('<w:bidiVisual/>');
  });
});

describe('axe-core on the Arabic pages: no serious or critical violation', () => {
  it.each(PAGES.map((p) => p.name))(
    '%s at 1280 px and 390 px',
    async (name) => {
      for (const width of [1280, 390]) {
        expect(await graveViolations(browser, files[name] ?? '', width), `${name} ${width}`).toEqual([]);
      }
    },
    300_000,
  );
});
