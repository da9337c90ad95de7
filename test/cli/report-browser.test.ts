import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/main.js';
import { fakeIo } from '../helpers/io.js';

// A real headless Chromium (Debian's package, installed by .ci/run) opens the HTML reports from file:// URLs.
const root = join(import.meta.dirname, '..', '..');
const dir = mkdtempSync(join(tmpdir(), 'opsc-browser-'));
let browser: Browser;

async function renderHtml(answers: string, name: string, ...more: string[]): Promise<string> {
  const out = join(dir, name);
  const args = [
    'report',
    answers,
    '--checklist',
    'test/fixtures/reports/checklist.yaml',
    '-f',
    'html',
    '-o',
    out,
    ...more,
  ];
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

describe('HTML report in headless Chromium', () => {
  it('loads with no console error and no request but the file itself; charts and actions are there; prints', async () => {
    const file = await renderHtml('test/fixtures/reports/answers.yaml', 'report.html');
    const { page, errors, requests } = await open(file);
    expect(errors).toEqual([]);
    expect(requests).toEqual([pathToFileURL(file).href]);
    // The brief has one chart, the pillar × theme heat map; the full report adds the answer distribution.
    const label = await page.locator('#chart-heatmap svg[role="img"]').getAttribute('aria-labelledby');
    expect(label).toBe('chart-heatmap-title chart-heatmap-desc');
    expect(await page.locator('#chart-heatmap svg[role="img"] desc').textContent()).not.toBe('');
    // Four questions fall short of their target; the don't know and the unanswered one are not gaps.
    const actions = page.locator('table.actions tr[id^="action-"]');
    expect(await actions.count()).toBe(4);
    expect(await actions.first().locator('th').textContent()).toContain('PRV-LAW-01');
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    // A brief: at most six A4 pages.
    expect(pages).toBeGreaterThanOrEqual(1);
    expect(pages).toBeLessThanOrEqual(6);
    await page.close();
  });

  it('the full report loads with no console error; both charts are labelled; the annex shows the notes', async () => {
    const file = await renderHtml('test/fixtures/reports/answers.yaml', 'full.html', '--detail', 'full');
    const { page, errors, requests } = await open(file);
    expect(errors).toEqual([]);
    expect(requests).toEqual([pathToFileURL(file).href]);
    for (const id of ['chart-heatmap', 'chart-distribution']) {
      const label = await page.locator(`#${id} svg[role="img"]`).getAttribute('aria-labelledby');
      expect(label).toBe(`${id}-title ${id}-desc`);
      expect(await page.locator(`#${id} svg[role="img"] desc`).textContent()).not.toBe('');
    }
    expect(await page.locator('body').textContent()).toContain('About a third of the hotels in the capital.');
    await page.close();
  });

  it('fits a narrow phone screen without sideways scrolling of the page', async () => {
    const { page } = await open(join(dir, 'report.html'), 360);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(1);
    await page.close();
  });

  it('never runs script or img onerror placed in notes, evidence, organisation or country; shows them as text', async () => {
    // Notes and evidence are in the annex of the full report.
    const file = await renderHtml('test/fixtures/reports/hostile.yaml', 'hostile.html', '--detail', 'full');
    const { page, requests } = await open(file);
    await page.waitForTimeout(200);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned)).toBeUndefined();
    expect(await page.locator('script, img, iframe, object').count()).toBe(0);
    expect(requests).toEqual([pathToFileURL(file).href]);
    const text = (await page.locator('body').textContent()) ?? '';
    expect(text).toContain(`<img src=x onerror="window.__pwned='organization'">Ministry`);
    expect(text).toContain("<script>window.__pwned = 'country'</script>Examplia");
    expect(text).toContain("<script>window.__pwned = 'notes'</script>");
    expect(text).toContain(`<img src=x onerror="window.__pwned='evidence-title'">`);
    expect(text).toContain("</title></desc></svg><script>window.__pwned='svg'</script>");
    const hrefs = await page
      .locator('a[href]')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
    expect(hrefs.filter((h) => !/^(#|https:\/\/)/.test(h))).toEqual([]);
    // The quote-breaking URL stays one attribute value: no element was injected from it.
    expect(readFileSync(file, 'utf8')).toContain('href="https://example.org/&quot;&gt;&lt;script&gt;');
    await page.close();
  });
});
