import type { PrecompiledTemplate } from '../model/template-assets.js';

/** The bundled templates as the build compiled them, and the stylesheets it read. */
export interface BundledTemplates {
  /** By file name (`report.html.hbs`), compiled for the format the name ends with. */
  templates: Readonly<Record<string, PrecompiledTemplate>>;
  /** The partials (templates/partials/*.hbs) by name, each compiled for md and html. */
  partials: Readonly<Record<string, PrecompiledTemplate>>;
  /** The stylesheets by file name (`report.css`). */
  styles: Readonly<Record<string, string>>;
}

/**
 * None here: from source and from tsc's output the templates are read from templates/ and compiled when rendered.
 * The bundle (scripts/build-bundle.mjs) replaces this module with one holding every bundled template, partial and
 * stylesheet as the build compiled and read them, loaded only by a command that renders a template.
 */
export const BUNDLED_TEMPLATES: BundledTemplates | undefined = undefined;
