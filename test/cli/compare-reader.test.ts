import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/main.js';
import { fakeIo } from '../helpers/io.js';
import { C, root } from '../helpers/compare-fixture.js';

// What a reader of a compare report notices: whose report it is, no folder names, long names that wrap, tables
// that hold on a phone, headings and targets that assistive technology can use, and a report short enough to read.
const dir = mkdtempSync(join(tmpdir(), 'opsc-private-folder-of-a-user-'));
const LONG_NAME =
  'The National Alliance of Community Organisations for the Protection of Children from Sale and Sexual Exploitation in the Republic of Examplia and Region';
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
let browser: Browser;

/** Copies the fixture pair into the private folder (the NGO under a 150-character name) and renders it there. */
async function render(format: 'md' | 'html', name: string, extra: string[] = []): Promise<string> {
  copyFileSync(join(root, C, 'gov-2026.yaml'), join(dir, 'gov-2026.yaml'));
  const ngo = readFileSync(join(root, C, 'ngo-2026.yaml'), 'utf8');
  writeFileSync(join(dir, 'ngo-long.yaml'), ngo.replace('Examplia Child Rights Coalition', LONG_NAME));
  const out = join(dir, name);
  const args = [
    join(dir, 'gov-2026.yaml'),
    join(dir, 'ngo-long.yaml'),
    '--checklist',
    resolve(root, C, 'checklist-v1.1.yaml'),
  ];
  expect(await main(['compare', ...args, ...extra, '-f', format, '-o', out], fakeIo(root))).toBe(0);
  return out;
}

async function open(file: string, width: number): Promise<Page> {
  const page = await browser.newPage({ viewport: { width, height: 900 }, bypassCSP: true });
  await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
  return page;
}

beforeAll(async () => {
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run'],
  });
});

afterAll(async () => {
  await browser.close();
});

describe('a compare report as its reader sees it', () => {
  it('names the country and both organizations in its title, and roles in plain words', async () => {
    const md = readFileSync(await render('md', 'names.md'), 'utf8');
    expect(md.split('\n')[0]).toBe(
      `# Republic of Examplia: Ministry of Social Welfare and ${LONG_NAME} compared`,
    );
    expect(md).toContain('(non-governmental organization)');
    expect(md).not.toMatch(/\(ngo\)|, ngo\)/);
  });

  it('names each answers file by its base name only: no folder in Markdown or HTML', async () => {
    for (const format of ['md', 'html'] as const) {
      const text = readFileSync(await render(format, `paths.${format}`), 'utf8');
      expect(text).toContain('answers file ngo-long.yaml');
      expect(text).not.toContain(dir);
      expect(text).not.toContain('opsc-private-folder-of-a-user');
    }
  });

  it('with a 150-character name, wraps the cover: no sideways scrolling at 1280 or 390 px, a cover of normal height', async () => {
    const file = await render('html', 'long.html');
    for (const [width, maxCover] of [
      [1280, 800],
      [390, 1500],
    ] as const) {
      const page = await open(file, width);
      const { scrollWidth, cover, title } = await page.evaluate(() => ({
        scrollWidth: document.documentElement.scrollWidth,
        cover: document.querySelector('header.cover')?.getBoundingClientRect().height ?? 0,
        title: document.querySelector('h1')?.getBoundingClientRect().width ?? 0,
      }));
      expect(scrollWidth).toBeLessThanOrEqual(width);
      expect(cover).toBeLessThan(maxCover);
      // The title gets the width of the page, not a sliver beside the long name.
      expect(title).toBeGreaterThan(width * 0.6);
      await page.close();
    }
  });

  it('at 390 px, every score of the score tables is inside the screen', async () => {
    const page = await open(await render('html', 'phone.html'), 390);
    const cells = await page.locator('table.scores td.num').evaluateAll((tds) =>
      tds.map((td) => {
        const box = td.getBoundingClientRect();
        return { text: td.textContent, left: box.left, right: box.right };
      }),
    );
    expect(cells.length).toBeGreaterThan(20);
    for (const cell of cells) {
      expect(cell.left, cell.text).toBeGreaterThanOrEqual(0);
      expect(cell.right, cell.text).toBeLessThanOrEqual(390);
    }
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.close();
  });

  it.each([1280, 390])(
    'axe finds no heading-order, target-size or scrollable-region problem at %i px',
    async (width) => {
      const page = await open(await render('html', 'axe.html'), width);
      await page.addScriptTag({ content: axeSource });
      const violations = await page.evaluate(async () => {
        const axe = (
          window as unknown as {
            axe: { run: (...a: unknown[]) => Promise<{ violations: { id: string }[] }> };
          }
        ).axe;
        const result = await axe.run(document, {
          runOnly: ['heading-order', 'target-size', 'scrollable-region-focusable', 'page-has-heading-one'],
        });
        return result.violations.map((v) => v.id);
      });
      expect(violations).toEqual([]);
      const levels = await page
        .locator('h1, h2, h3, h4, h5, h6')
        .evaluateAll((hs) => hs.map((h) => Number(h.tagName[1])));
      for (const [i, level] of levels.entries()) expect(level - (levels[i - 1] ?? 0)).toBeLessThanOrEqual(1);
      await page.close();
    },
  );
});

describe('the bundled divergence example, printed', () => {
  it('page 1 says who is compared, the scores side by side and the largest differences; the whole fits 20 A4 pages', async () => {
    const out = join(dir, 'example.html');
    const args = ['compare', 'examples/veloria-government.answers.yaml', 'examples/veloria-ngo.answers.yaml'];
    expect(await main([...args, '-f', 'html', '-o', out], fakeIo(root))).toBe(0);
    const page = await open(out, 1280);
    const pdf = join(dir, 'example.pdf');
    writeFileSync(pdf, await page.pdf({ format: 'A4', printBackground: true }));
    await page.close();
    const pages = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).split('\f');
    // Before issue 15: 26 pages, the summary on page 2 and the questions named by id.
    expect(pages.filter((p) => p.trim() !== '').length).toBeLessThanOrEqual(20);
    const first = pages[0]?.replace(/\s+/g, ' ') ?? '';
    expect(first).toContain(
      'Ministry of Social Affairs and Child Protection and Veloria Coalition for Child Rights compared',
    );
    expect(first).toMatch(/Prevention 53% Developing 36% Initial −17 pts/);
    const glance = `${first} ${pages[1]?.replace(/\s+/g, ' ') ?? ''}`;
    expect(glance).toContain('The largest differences');
  });
});
