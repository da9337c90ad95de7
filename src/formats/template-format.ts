import type { TemplateFormat } from '../report/render.js';
import type { MessageKey } from '../i18n/en.js';
import { translator } from '../i18n/format.js';
import type { LoadedTemplate, OutputFormat, Paper, TemplateSpec } from './output-format.js';

/** What a template format renders: the view model, and the template the command read for it. */
export interface TemplateInput<View extends object> {
  view: View;
  template: LoadedTemplate | undefined;
  /** `--paper`, for the pdf format (which prints the html one). */
  paper?: Paper | undefined;
}

/**
 * A format rendered with a Handlebars template: `html` (escaped, written in pieces as it is rendered) or `md`
 * (tidied as a whole). The renderer is imported on first use, with what the template needs beyond the
 * Handlebars runtime (the compiler for a user's template, markdown-it for guidance).
 */
export function templateFormat<View extends object>(
  kind: TemplateFormat,
  template: TemplateSpec,
  description: MessageKey,
): OutputFormat<TemplateInput<View>> {
  return {
    description,
    template,
    async render({ view, template: loaded }) {
      if (!loaded) throw new Error(translator()('cli.error.templateNotRead', { file: template.file }));
      const { prepareTemplates, renderHtmlPieces, renderTemplate } = await import('../report/render.js');
      await prepareTemplates([loaded.source, ...Object.values(loaded.partials)]);
      const assets = { partials: loaded.partials, css: loaded.css };
      return kind === 'html'
        ? renderHtmlPieces(loaded.source, view, assets, loaded.name)
        : renderTemplate(loaded.source, view, kind, assets, loaded.name);
    },
  };
}
