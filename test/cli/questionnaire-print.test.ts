import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/main.js';
import { fakeIo } from '../helpers/io.js';

// The blank questionnaire of the default checklist printed by a real headless Chromium (Debian's package).
const root = join(import.meta.dirname, '..', '..');
const dir = mkdtempSync(join(tmpdir(), 'opsc-questionnaire-'));
const QUESTIONS = 127;
let browser: Browser;

beforeAll(async () => {
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
  });
});

afterAll(async () => {
  await browser.close();
});

const pageCount = (pdf: Buffer): number =>
  (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;

describe('the printed blank questionnaire', () => {
  it('takes at most 0.6 A4 page per question on average, in type of at least 9.5 pt', async () => {
    const file = join(dir, 'questionnaire.html');
    const args = ['show', 'sr-practical-approach-2022', '-f', 'html', '-o', file];
    expect(await main(args, fakeIo(root))).toBe(0);
    const page = await browser.newPage();
    await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
    expect(await page.locator('article.question').count()).toBe(QUESTIONS);
    const a4 = pageCount(await page.pdf({ format: 'A4', printBackground: true }));
    expect(a4).toBeGreaterThan(QUESTIONS / 4);
    expect(a4).toBeLessThanOrEqual(0.6 * QUESTIONS);
    await page.emulateMedia({ media: 'print' });
    const smallest = await page.evaluate(() =>
      Math.min(
        ...[...document.querySelectorAll('header p, main p, main li, main h3, main span, footer p')]
          .filter((e) => e.textContent.trim() !== '')
          .map((e) => parseFloat(getComputedStyle(e).fontSize)),
      ),
    );
    expect(smallest).toBeGreaterThanOrEqual((9.5 * 96) / 72 - 0.01);
    await page.close();
  });
});
