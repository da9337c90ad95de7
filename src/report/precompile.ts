import Handlebars from 'handlebars';
import { templateOptions, type TemplateFormat } from './render.js';

/**
 * A template's code for a format, as JavaScript source (Handlebars.precompile, with the options templates of that
 * format are rendered with): what the build writes into the bundle for each bundled template and partial.
 */
export function precompileTemplate(source: string, format: TemplateFormat): string {
  return Handlebars.precompile(source, templateOptions(format)) as unknown as string;
}
