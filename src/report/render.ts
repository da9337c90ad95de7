import { createReportHandlebars } from './handlebars.js';

/** The formats a Handlebars template can produce; each sets how values are escaped. */
export type TemplateFormat = 'md' | 'html';

/** Shared template material: partials by name, and the CSS inlined into HTML. */
export interface TemplateAssets {
  partials: Readonly<Record<string, string>>;
  css: string;
}

/** A template that does not compile or render: one line, for the user. */
export class TemplateError extends Error {
  override name = 'TemplateError';
}

/**
 * Renders a view model with a Handlebars template (strict: a missing field is an error).
 * HTML escapes every value; Markdown templates escape through the md/cell helpers.
 */
export function renderTemplate(
  source: string,
  view: object,
  format: TemplateFormat,
  assets: TemplateAssets,
  name = 'template',
): string {
  const hb = createReportHandlebars(assets.partials);
  try {
    const template = hb.compile(source, { strict: true, noEscape: format === 'md' });
    const out = template({ ...view, assets: { css: assets.css } });
    return format === 'md' ? tidyMarkdown(out) : out;
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
