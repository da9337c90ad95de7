import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { TemplateAssets } from '../report/render.js';
import { templatesDir } from './paths.js';

/** Reads a bundled template (such as `report.html.hbs`). */
export async function readBundledTemplate(name: string): Promise<string> {
  return readFile(join(templatesDir, name), 'utf8');
}

/** Reads the shared partials (templates/partials/*.hbs, named by file name) and the report CSS. */
export async function readTemplateAssets(): Promise<TemplateAssets> {
  const dir = join(templatesDir, 'partials');
  const names = (await readdir(dir)).filter((n) => n.endsWith('.hbs')).sort();
  const partials: Record<string, string> = {};
  for (const n of names) partials[n.replace(/\.hbs$/, '')] = await readFile(join(dir, n), 'utf8');
  return { partials, css: await readFile(join(templatesDir, 'report.css'), 'utf8') };
}
