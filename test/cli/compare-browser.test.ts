import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/main.js';
import { fakeIo } from '../helpers/io.js';
import { C, root } from '../helpers/compare-fixture.js';

// A real headless Chromium (Debian's package) opens the compare reports from file:// URLs.
const dir = mkdtempSync(join(tmpdir(), 'opsc-compare-browser-'));
let browser: Browser;

async function renderHtml(base: string, current: string, name: string): Promise<string> {
  const out = join(dir, name);
  const args = ['compare', base, current, '--checklist', `${C}/checklist-v1.1.yaml`, '-f', 'html', '-o', out];
  expect(await main(args, fakeIo(root))).toBe(0);
  return out;
}

async function open(
  file: string,
  width = 1100,
): Promise<{ page: Page; errors: string[]; requests: string[] }> {
  const page = await browser.newPage({ viewport: { width, height: 900 } });
  const errors: string[] = [];
  const requests: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
  return { page, errors, requests };
}

beforeAll(async () => {
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
    ],
  });
});

afterAll(async () => {
  await browser.close();
});

describe('HTML compare reports in headless Chromium', () => {
  it('progress: no console error, no request, a before/after bar per pillar with a text alternative, regressions flagged first', async () => {
    const file = await renderHtml(`${C}/gov-2024.yaml`, `${C}/gov-2026.yaml`, 'progress.html');
    const { page, errors, requests } = await open(file);
    expect(errors).toEqual([]);
    expect(requests).toEqual([pathToFileURL(file).href]);
    const svg = page.locator('#compare-pillars .chart-scroll > svg');
    expect(await svg.getAttribute('aria-labelledby')).toBe('compare-pillars-title compare-pillars-desc');
    // Overall and three pillars, two bars each (2024 and 2026); the legend is a list of the two series.
    expect(await svg.locator('rect').count()).toBe(4 * 2);
    expect(await page.locator('#compare-pillars ul.legend li').count()).toBe(2);
    expect(await svg.locator('desc').textContent()).toContain('Protection: 2024-03-01 42%, 2026-05-01 46%');
    const firstChange = page.locator('section[aria-labelledby="changes"] h3').first();
    expect(await firstChange.textContent()).toBe('⚠ Regressed (2)');
    expect(await page.locator('.flag li.change-regressed h4 .qid').allTextContents()).toEqual([
      'PRV-03',
      'PRO-03',
    ]);
    expect(await page.locator('#compare-divergence').count()).toBe(0);
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    await page.close();
  });

  it('divergence: the largest differences on the first screen by their text, then both answers side by side', async () => {
    const file = await renderHtml(`${C}/gov-2026.yaml`, `${C}/ngo-2026.yaml`, 'divergence.html');
    const { page, errors, requests } = await open(file);
    expect(errors).toEqual([]);
    expect(requests).toEqual([pathToFileURL(file).href]);
    expect(await page.locator('h1').textContent()).toBe(
      'Republic of Examplia: Ministry of Social Welfare and Examplia Child Rights Coalition compared',
    );
    const highlights = page.locator('.glance table.compact');
    expect(await highlights.locator('caption').textContent()).toBe('The largest differences');
    expect(await highlights.locator('tbody th').first().textContent()).toBe(
      'REH-01 Do child victims get free legal aid?',
    );
    const first = page.locator('#differences ~ ol.compare-rows > li').first();
    expect(await first.locator('th').allTextContents()).toEqual([
      'Ministry of Social Welfare',
      'Examplia Child Rights Coalition',
    ]);
    expect(await first.locator('td').nth(1).textContent()).toContain('Legal aid exists in law');
    await page.close();
  });

  it('fits a narrow phone screen without sideways scrolling of the page', async () => {
    const { page } = await open(join(dir, 'divergence.html'), 360);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(1);
    await page.close();
  });

  it('never runs script or img onerror placed in notes, evidence, organisation or country; shows them as text', async () => {
    const file = await renderHtml(`${C}/gov-2026.yaml`, `${C}/hostile-ngo.yaml`, 'hostile.html');
    const { page, errors, requests } = await open(file);
    await page.waitForTimeout(200);
    expect(errors).toEqual([]);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned)).toBeUndefined();
    expect(await page.locator('script, img, iframe, object').count()).toBe(0);
    expect(requests).toEqual([pathToFileURL(file).href]);
    const text = (await page.locator('body').textContent()) ?? '';
    // The organisation is the column heading, the chart legend and series name of the NGO side.
    expect(text).toContain(`<img src=x onerror="window.__pwned='organization'">Coalition`);
    expect(await page.locator('#compare-pillars svg desc').textContent()).toContain(
      `<img src=x onerror="window.__pwned='organization'">Coalition`,
    );
    expect(text).toContain("<script>window.__pwned = 'country'</script>Examplia");
    expect(text).toContain("<script>window.__pwned = 'notes'</script>");
    expect(text).toContain(`<img src=x onerror="window.__pwned='evidence-title'">`);
    expect(text).toContain("</title></desc></svg><script>window.__pwned='svg'</script>");
    expect(text).toContain(`<img src=x onerror="window.__pwned='na-reason'">`);
    const hrefs = await page
      .locator('a[href]')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
    expect(hrefs.filter((h) => !/^(#|https:\/\/)/.test(h))).toEqual([]);
    expect(readFileSync(file, 'utf8')).toContain('href="https://example.org/&quot;&gt;&lt;script&gt;');
    await page.close();
  });
});
