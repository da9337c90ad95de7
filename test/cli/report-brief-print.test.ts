import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/main.js';
import { fakeIo } from '../helpers/io.js';

// The brief a ministry circulates fits in six A4 pages: printed by a real headless Chromium (Debian's package).
const root = join(import.meta.dirname, '..', '..');
const dir = mkdtempSync(join(tmpdir(), 'opsc-brief-print-'));
let browser: Browser;

beforeAll(async () => {
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu'],
  });
}, 60_000);

afterAll(async () => {
  await browser.close();
});

/** Renders the government example's report and prints it to A4; the number of pages. */
async function a4Pages(detail: 'brief' | 'full'): Promise<number> {
  const out = join(dir, `${detail}.html`);
  const args = [
    'report',
    'examples/veloria-government.answers.yaml',
    '-f',
    'html',
    '--detail',
    detail,
    '-o',
    out,
  ];
  expect(await main(args, fakeIo(root))).toBe(0);
  const page = await browser.newPage();
  try {
    await page.goto(pathToFileURL(out).href, { waitUntil: 'load' });
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    return (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
  } finally {
    await page.close();
  }
}

describe('the printed brief', () => {
  it('prints the government example to at most 6 A4 pages; the full report is longer', async () => {
    const brief = await a4Pages('brief');
    expect(brief).toBeGreaterThan(1);
    expect(brief).toBeLessThanOrEqual(6);
    expect(await a4Pages('full')).toBeGreaterThan(brief + 10);
  }, 120_000);
});
