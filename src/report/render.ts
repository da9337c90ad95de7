import { randomUUID } from 'node:crypto';
import type Handlebars from 'handlebars';
import type { HelperOptions } from 'handlebars';
import { translator, type Translate } from '../i18n/format.js';
import { inPieces } from '../text/pieces.js';
import { cleanOutput } from '../text/sanitize.js';
import { createReportHandlebars, precompiledTemplate, type ReportHandlebars } from './handlebars.js';
import { TemplateError } from './template-error.js';
import type { TemplateAssets, TemplateSource } from '../model/template-assets.js';
import { pageStyles } from './style-policy.js';
import { loadMarkdown } from './markdown.js';

/** The formats a Handlebars template can produce; each sets how values are escaped. */
export type TemplateFormat = 'md' | 'html';

// Kept in its own module so that commands can recognise it without loading Handlebars.
export { TemplateError } from './template-error.js';

/**
 * How a template of each format is compiled (at build time for the bundled ones, report/precompile.ts; when
 * rendered for a user's): strict (a missing field is an error); Markdown unescaped (the md helpers escape).
 */
export function templateOptions(format: TemplateFormat): { strict: true; noEscape: boolean } {
  return { strict: true, noEscape: format === 'md' };
}

let compiler: typeof Handlebars | undefined;

/**
 * Loads what rendering these templates needs beyond the Handlebars runtime: the full Handlebars (its compiler)
 * for a template given as text, markdown-it for one that shows guidance (`guidanceHtml`). Call before rendering.
 */
export async function prepareTemplates(sources: readonly TemplateSource[]): Promise<void> {
  if (compiler === undefined && sources.some((s) => typeof s === 'string'))
    compiler = (await import('handlebars')).default;
  if (sources.some((s) => (typeof s === 'string' ? s.includes('guidanceHtml') : s.guidance)))
    await loadMarkdown();
}

/**
 * Renders a view model with a Handlebars template (strict: a missing field is an error).
 * HTML escapes every value; Markdown templates escape through the md/cell helpers. What the template needs
 * beyond the Handlebars runtime is loaded first by prepareTemplates.
 */
export function renderTemplate(
  source: TemplateSource,
  view: object,
  format: TemplateFormat,
  assets: TemplateAssets,
  name = 'template',
): string {
  const out = [...renderParts(source, view, format, assets, name, false)].join('');
  return format === 'md' ? tidyMarkdown(out) : out;
}

/**
 * Renders an HTML template as a sequence of pieces (see inPieces), for writing as they are produced: the
 * `{{#each-streamed list}}` blocks of a template (its long lists) are rendered one item at a time after the
 * rest of the page, so the whole report is never held in memory at once. The pieces joined are exactly what
 * renderTemplate returns. Throws TemplateError, possibly after some pieces have been produced.
 */
export function renderHtmlPieces(
  source: TemplateSource,
  view: object,
  assets: TemplateAssets,
  name = 'template',
): Iterable<string> {
  return inPieces(renderParts(source, view, 'html', assets, name, true));
}

interface Deferred {
  items: readonly unknown[];
  options: HelperOptions;
}

/** The rendered page in parts: the page around its deferred lists, and each deferred item in its place. */
function* renderParts(
  source: TemplateSource,
  view: object,
  format: TemplateFormat,
  assets: TemplateAssets,
  name: string,
  stream: boolean,
): Generator<string> {
  const texts = [source, ...Object.values(assets.partials)].some((s) => typeof s === 'string');
  if (texts && compiler === undefined) throw new Error(translator()('template.compilerNotLoaded'));
  const hb = createReportHandlebars(assets.partials, format, assets.language, texts ? compiler : undefined);
  const deferred: Deferred[] = [];
  const marker = `\u0000${randomUUID()}:`;
  let deferring = stream;
  registerEachStreamed(hb, translator(assets.language), (items, options) => {
    if (!deferring) return items.map((item, i) => renderItem(hb, items, i, item, options)).join('');
    deferred.push({ items, options });
    return `${marker}${deferred.length - 1}\u0000`;
  });
  const skeleton = guarded(name, () => {
    const template =
      typeof source === 'string'
        ? hb.compile(source, templateOptions(format))
        : precompiledTemplate(hb, source, format);
    return template({
      ...view,
      assets: { css: assets.css, ...pageStyles([assets.css, ...(assets.styles ?? [])]) },
    });
  });
  deferring = false;
  const [head = '', ...rest] = skeleton.split(marker);
  yield cleanOutput(head);
  for (const part of rest) {
    const end = part.indexOf('\u0000');
    const job = deferred[Number(part.slice(0, end))];
    if (job)
      for (const [n, item] of job.items.entries())
        yield cleanOutput(guarded(name, () => renderItem(hb, job.items, n, item, job.options)));
    yield cleanOutput(part.slice(end + 1));
  }
}

/**
 * `{{#each-streamed list}}…{{else}}…{{/each-streamed}}`: renders like `{{#each}}` over an array (with
 * `@index`, `@first`, `@last` and block parameters); when the page is being streamed, its items are rendered
 * later, one at a time.
 */
function registerEachStreamed(
  hb: ReportHandlebars,
  t: Translate,
  each: (items: readonly unknown[], options: HelperOptions) => string,
): void {
  hb.registerHelper('each-streamed', function (this: unknown, list: unknown, options: HelperOptions) {
    if (!Array.isArray(list)) throw new Error(t('template.eachStreamedList'));
    if (list.length === 0) return options.inverse(this);
    return each(list, options);
  });
}

function renderItem(
  hb: ReportHandlebars,
  items: readonly unknown[],
  index: number,
  item: unknown,
  options: HelperOptions,
): string {
  const data = hb.createFrame(options.data ?? {}) as Record<string, unknown>;
  data.key = index;
  data.index = index;
  data.first = index === 0;
  data.last = index === items.length - 1;
  return options.fn(item, { data, blockParams: [item, index] });
}

function guarded<T>(name: string, run: () => T): T {
  try {
    return run();
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new TemplateError(`${name}: ${message.replace(/\s+/g, ' ').trim()}`, { cause: error });
  }
}

/** Collapses runs of blank lines that conditional blocks leave behind, and ends with one newline. */
function tidyMarkdown(text: string): string {
  return `${text
    .replace(/[ \t]+$/gm, (m) => (m === '  ' ? m : ''))
    .replace(/\n{3,}/g, '\n\n')
    .trim()}\n`;
}
