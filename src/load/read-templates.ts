import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { PrecompiledTemplate, TemplateAssets, TemplateSource } from '../model/template-assets.js';
import type { BundledTemplates, TemplateFormatName } from './precompiled-templates.js';
import { InputError } from '../errors.js';
import { LIMITS } from '../parse/limits.js';
import { templatesDir } from './paths.js';
import { readText } from './read-text.js';
import { translator } from '../i18n/format.js';

/** The templates of a format the build compiled into the bundle; none when running from source or tsc's output. */
async function bundled(format: TemplateFormatName): Promise<BundledTemplates | undefined> {
  return (await import('./precompiled-templates.js')).BUNDLED_TEMPLATES?.[format]();
}

/** The format of a bundled template, from its name: `x.md.hbs` is Markdown, the others HTML. */
export function templateFormatOf(name: string): TemplateFormatName {
  return name.endsWith('.md.hbs') ? 'md' : 'html';
}

/** Reads a bundled template (such as `report.html.hbs`): compiled at build time in the bundle, else its text. */
export async function readBundledTemplate(name: string): Promise<TemplateSource> {
  const templates = (await bundled(templateFormatOf(name)))?.templates;
  if (templates && Object.hasOwn(templates, name)) return templates[name] as PrecompiledTemplate;
  return readFile(join(templatesDir, name), 'utf8');
}

/** Reads a bundled stylesheet (such as `questionnaire.css`), for a template of `format`. */
export async function readBundledStyle(name: string, format: TemplateFormatName): Promise<string> {
  const styles = (await bundled(format))?.styles;
  if (styles && Object.hasOwn(styles, name)) return styles[name] as string;
  return readFile(join(templatesDir, name), 'utf8');
}

/**
 * Reads a user's template (`--template`): a regular UTF-8 text file within the size limit; a named pipe or a
 * device (which could block or never end) is refused before it is opened. `name` is how messages refer to it.
 */
export async function readTemplateFile(path: string, name: string): Promise<string> {
  const result = await readText(path, LIMITS.maxFileBytes, name);
  if (result.ok) return result.text;
  const { problem } = result;
  throw new InputError(
    problem.kind === 'fatal'
      ? problem.message
      : translator()('cli.read.templateProblem', { file: name, problem: problem.message }),
  );
}

/**
 * Reads the shared partials (templates/partials/*.hbs, named by file name; compiled in the bundle for `format`) and
 * the report CSS.
 */
export async function readTemplateAssets(format: TemplateFormatName): Promise<TemplateAssets> {
  const compiled = await bundled(format);
  if (compiled) return { partials: compiled.partials, css: await readBundledStyle('report.css', format) };
  const dir = join(templatesDir, 'partials');
  const names = (await readdir(dir)).filter((n) => n.endsWith('.hbs')).sort();
  const partials: Record<string, string> = {};
  for (const n of names) partials[n.replace(/\.hbs$/, '')] = await readFile(join(dir, n), 'utf8');
  return { partials, css: await readBundledStyle('report.css', format) };
}
