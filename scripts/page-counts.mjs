// Prints each HTML file given to A4 and Letter with Debian's Chromium and reports the page counts.
// Usage: node scripts/page-counts.mjs FILE.html... (writes the PDFs beside nothing: to a temporary folder).
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error('usage: node scripts/page-counts.mjs FILE.html...');
  process.exit(2);
}
const dir = mkdtempSync(join(tmpdir(), 'opsc-pages-'));
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu'],
});
try {
  console.log('| file | A4 pages | Letter pages |');
  console.log('| --- | ---: | ---: |');
  for (const file of files) {
    const page = await browser.newPage();
    await page.goto(pathToFileURL(resolve(file)).href, { waitUntil: 'load' });
    const counts = [];
    for (const format of ['A4', 'Letter']) {
      const pdf = await page.pdf({ format, printBackground: true });
      writeFileSync(join(dir, `${basename(file, '.html')}.${format}.pdf`), pdf);
      counts.push((pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length);
    }
    console.log(`| ${basename(file)} | ${counts[0]} | ${counts[1]} |`);
    await page.close();
  }
} finally {
  await browser.close();
}
console.error(`PDFs in ${dir}`);
