import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';
import { main } from '../../src/main.js';
import { fakeIo } from './io.js';

/** The repository root. */
export const repoRoot = join(import.meta.dirname, '..', '..');

/** Every kind of HTML page the tool writes, as the command line that makes it from the bundled examples. */
export const REPORT_KINDS: { name: string; args: string[] }[] = [
  { name: 'report-government', args: ['report', 'examples/veloria-government.answers.yaml'] },
  { name: 'report-ngo', args: ['report', 'examples/veloria-ngo.answers.yaml'] },
  { name: 'report-government-2024', args: ['report', 'examples/veloria-government-2024.answers.yaml'] },
  {
    name: 'compare-divergence',
    args: ['compare', 'examples/veloria-government.answers.yaml', 'examples/veloria-ngo.answers.yaml'],
  },
  {
    name: 'compare-progress',
    args: [
      'compare',
      'examples/veloria-government-2024.answers.yaml',
      'examples/veloria-government.answers.yaml',
    ],
  },
  { name: 'questionnaire', args: ['show', 'checklists/sr-practical-approach-2022.yaml'] },
];

/** Renders every report kind as HTML into a fresh temporary folder; returns the files by kind name. */
export async function renderReportKinds(): Promise<Record<string, string>> {
  const dir = mkdtempSync(join(tmpdir(), 'opsc-kinds-'));
  const files: Record<string, string> = {};
  for (const kind of REPORT_KINDS) {
    const out = join(dir, `${kind.name}.html`);
    const code = await main([...kind.args, '-f', 'html', '-o', out], fakeIo(repoRoot));
    if (code !== 0) throw new Error(`${kind.name}: exit ${code}`);
    files[kind.name] = out;
  }
  return files;
}

/** Debian's headless Chromium (never a downloaded one). */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
  });
}

/** Opens a file at a viewport width; collects console errors and warnings (CSP violations land there). */
export async function openPage(
  browser: Browser,
  file: string,
  width: number,
  options: BrowserContextOptions = {},
): Promise<{ page: Page; errors: string[]; close: () => Promise<void> }> {
  const context = await browser.newContext({ viewport: { width, height: 900 }, ...options });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
  return { page, errors, close: () => context.close() };
}

/**
 * The serious and critical accessibility violations axe-core finds in a file at a viewport width. axe is a script:
 * the pages' CSP forbids it, so this context (and only this one) bypasses the CSP.
 */
export async function graveViolations(
  browser: Browser,
  file: string,
  width: number,
): Promise<{ id: string; impact: string; nodes: number }[]> {
  const { page, close } = await openPage(browser, file, width, { bypassCSP: true });
  try {
    await page.addScriptTag({ path: join(repoRoot, 'node_modules/axe-core/axe.min.js') });
    const violations = await page.evaluate(async () => {
      type Axe = {
        run: (d: Document) => Promise<{ violations: { id: string; impact: string; nodes: unknown[] }[] }>;
      };
      const result = await (window as unknown as { axe: Axe }).axe.run(document);
      return result.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.length }));
    });
    return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  } finally {
    await close();
  }
}
