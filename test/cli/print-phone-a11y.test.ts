import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contrast } from '../../src/report/colour.js';
import {
  REPORT_KINDS,
  launchChromium,
  openPage,
  graveViolations,
  renderReportKinds,
} from '../helpers/report-kinds.js';

// Every kind of HTML page, rendered from the bundled examples into a temporary folder, opened in Debian's
// headless Chromium: printed at A4 and Letter, shown at 390 px and 1280 px, checked with axe-core.
let browser: Browser;
let files: Record<string, string> = {};
const kinds = (): [string, string][] => Object.entries(files);

beforeAll(async () => {
  files = await renderReportKinds();
  browser = await launchChromium();
}, 120_000);

afterAll(async () => {
  await browser.close();
});

const PAPER = [
  { format: 'A4', widthMm: 210 },
  { format: 'Letter', widthMm: 215.9 },
] as const;
/** The printable width in CSS px: paper width less the 14 mm side margins of report.css. */
const printable = (widthMm: number): number => Math.floor(((widthMm - 28) / 25.4) * 96);
const norm = (s: string): string => s.replace(/\s+/g, ' ').trim();

async function rgb(page: Page, selector: string): Promise<string> {
  return page
    .locator(selector)
    .first()
    .evaluate((el) => getComputedStyle(el).color);
}

describe('print: no column cut, no caption or header row alone at a page end', () => {
  it('every table of every report fits the printable width of A4 and Letter', async () => {
    for (const [name, file] of kinds())
      for (const paper of PAPER) {
        const { page, close } = await openPage(browser, file, printable(paper.widthMm));
        await page.emulateMedia({ media: 'print' });
        const cut = await page.evaluate(() =>
          [...document.querySelectorAll('table')]
            .filter((t) => {
              const wrap = t.parentElement?.clientWidth ?? 0;
              return (
                t.scrollWidth > wrap + 1 || t.getBoundingClientRect().right > document.body.clientWidth + 1
              );
            })
            .map((t) => `${t.caption?.textContent ?? '?'}: ${t.scrollWidth}px`),
        );
        expect(cut, `${name} ${paper.format}`).toEqual([]);
        await close();
      }
  }, 300_000);

  it('no PDF page ends with a table caption or a lone header row', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'opsc-print-'));
    for (const [name, file] of kinds())
      for (const paper of PAPER) {
        const { page, close } = await openPage(browser, file, 1000);
        const { captions, heads } = await page.evaluate(() => ({
          captions: [...document.querySelectorAll('caption, figcaption')].map((c) => c.textContent),
          heads: [...document.querySelectorAll('thead tr')].map((r) => r.textContent),
        }));
        const pdf = join(dir, `${name}.${paper.format}.pdf`);
        writeFileSync(pdf, await page.pdf({ format: paper.format, printBackground: true }));
        await close();
        const caps = captions.map(norm).filter((c) => c.length > 3);
        const headWords = heads.map((h) => new Set(norm(h).toLowerCase().split(' ')));
        const pages = execFileSync('pdftotext', ['-layout', pdf, '-']).toString().split('\f');
        const orphans = pages.flatMap((text, i) => {
          const last = norm(
            text
              .split('\n')
              .filter((l) => l.trim())
              .at(-1) ?? '',
          );
          const words = last.toLowerCase().split(' ');
          const caption = last.length > 3 && caps.some((c) => c.endsWith(last));
          const header = words.length >= 2 && headWords.some((h) => words.every((w) => h.has(w)));
          return caption || header ? [`page ${i + 1}: ${last}`] : [];
        });
        expect(orphans, `${name} ${paper.format}`).toEqual([]);
      }
  }, 600_000);
});

describe('screen: phone and desktop', () => {
  it('at 390 px every table fits or shows that it scrolls (edge shadow, visible scrollbar)', async () => {
    for (const [name, file] of kinds()) {
      const { page, close } = await openPage(browser, file, 390);
      const hidden = await page.evaluate(() =>
        [...document.querySelectorAll('table')]
          .filter((t) => {
            const wrap = t.parentElement;
            if (!wrap || t.scrollWidth <= wrap.clientWidth + 1) return false;
            const style = getComputedStyle(wrap);
            const cue = style.overflowX === 'auto' && style.backgroundImage.includes('radial-gradient');
            return !cue;
          })
          .map((t) => t.caption?.textContent ?? '?'),
      );
      expect(hidden, name).toEqual([]);
      await close();
    }
  }, 120_000);

  it('chart text renders at 11 px or more at 390 px and 1280 px; legend items never overlap', async () => {
    for (const [name, file] of kinds())
      for (const width of [390, 1280]) {
        const { page, close } = await openPage(browser, file, width);
        const small = await page.evaluate(() =>
          [...document.querySelectorAll('figure.chart svg text')]
            .map((el) => {
              const svg = el.closest('svg');
              const box = svg?.viewBox.baseVal;
              const scale = svg && box && box.width > 0 ? svg.getBoundingClientRect().width / box.width : 1;
              return { text: el.textContent, px: parseFloat(getComputedStyle(el).fontSize) * scale };
            })
            .filter((t) => t.px < 11 - 0.05)
            .map((t) => `${t.text}: ${t.px.toFixed(1)}px`),
        );
        expect(small, `${name} ${width}`).toEqual([]);
        const overlaps = await page.evaluate(() =>
          [...document.querySelectorAll('ul.legend')].flatMap((list) => {
            const boxes = [...list.querySelectorAll('li')].map((li) => li.getBoundingClientRect());
            return boxes.flatMap((a, i) =>
              boxes
                .slice(i + 1)
                .filter((b) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom)
                .map(() => list.closest('figure')?.id ?? '?'),
            );
          }),
        );
        expect(overlaps, `${name} ${width}`).toEqual([]);
        await close();
      }
  }, 120_000);

  it('loads under its CSP with no violation, and the hashed style sheet applies', async () => {
    for (const [name, file] of kinds()) {
      const { page, errors, close } = await openPage(browser, file, 1280);
      expect(errors, name).toEqual([]);
      // The brand colour of the headings comes from the style sheet; unstyled they would be black.
      expect(await rgb(page, 'main h2, h2'), name).toBe('rgb(18, 53, 91)');
      await close();
    }
  }, 120_000);

  it('the focus ring has at least 3:1 contrast against what surrounds it', async () => {
    for (const [name, file] of kinds()) {
      const { page, close } = await openPage(browser, file, 1280);
      const rings = await page.evaluate(() => {
        const hex = (c: string): string => {
          const m = c.match(/\d+(\.\d+)?/g) ?? ['0', '0', '0'];
          return `#${m
            .slice(0, 3)
            .map((v) => Number(v).toString(16).padStart(2, '0'))
            .join('')}`;
        };
        const background = (el: Element | null): string => {
          for (let e = el; e; e = e.parentElement) {
            const bg = getComputedStyle(e).backgroundColor;
            if (bg !== 'rgba(0, 0, 0, 0)' && bg !== 'transparent') return hex(bg);
          }
          return '#ffffff';
        };
        const targets = [...document.querySelectorAll<HTMLElement>('a[href], [tabindex="0"]')].slice(0, 40);
        return targets.map((el) => {
          el.focus();
          const s = getComputedStyle(el);
          return {
            what: el.outerHTML.slice(0, 60),
            ring: hex(s.outlineColor),
            width: parseFloat(s.outlineWidth),
            style: s.outlineStyle,
            behind: background(el.parentElement),
          };
        });
      });
      expect(rings.length, name).toBeGreaterThan(0);
      for (const r of rings) {
        expect(r.style, `${name} ${r.what}`).not.toBe('none');
        expect(r.width, `${name} ${r.what}`).toBeGreaterThanOrEqual(2);
        expect(contrast(r.ring, r.behind), `${name} ${r.what}`).toBeGreaterThanOrEqual(3);
      }
      await close();
    }
  }, 120_000);
});

describe('axe-core: no serious or critical violation', () => {
  it.each(REPORT_KINDS.map((k) => k.name))(
    '%s at 1280 px and 390 px',
    async (name) => {
      const file = files[name] ?? '';
      for (const width of [1280, 390]) {
        expect(await graveViolations(browser, file, width), `${name} ${width}`).toEqual([]);
      }
    },
    300_000,
  );
});
