import type { PrecompiledTemplate } from '../model/template-assets.js';

/** The bundled templates as the build compiled them, and the stylesheets it read. */
export interface BundledTemplates {
  /** By file name (`report.html.hbs`), compiled for the format the name ends with (the format loaded). */
  templates: Readonly<Record<string, PrecompiledTemplate>>;
  /** The partials (templates/partials/*.hbs) by name, compiled for the format loaded (unless named for the other). */
  partials: Readonly<Record<string, PrecompiledTemplate>>;
  /** The stylesheets by file name (`report.css`). */
  styles: Readonly<Record<string, string>>;
}

/** The formats templates are compiled for. */
export type TemplateFormatName = 'md' | 'html';

/**
 * None here: from source and from tsc's output the templates are read from templates/ and compiled when rendered.
 * The bundle (scripts/build-bundle.mjs) replaces this module with one loading, for a format, the bundled templates
 * and partials the build compiled for it and the stylesheets: a chunk per format, loaded only by a command that
 * renders a template of that format.
 */
export const BUNDLED_TEMPLATES:
  Readonly<Record<TemplateFormatName, () => Promise<BundledTemplates>>> | undefined = undefined;
