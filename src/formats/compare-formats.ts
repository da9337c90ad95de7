import type { CompareView } from '../compare/view-types.js';
import { jsonPieces } from '../text/json-pieces.js';
import { docxFormat } from './docx-format.js';
import type { FormatRegistry } from './output-format.js';
import { headerOf, pdfFormat } from './pdf-format.js';
import { templateFormat, type TemplateInput } from './template-format.js';

/** The report's partials and CSS, plus the comparison's own stylesheet. */
const TEMPLATE = { css: 'compare.css' };

const html = templateFormat<CompareView>(
  'html',
  { ...TEMPLATE, file: 'compare.html.hbs' },
  'cli.format.webPage',
);

/** The running header of a printed comparison: both sides' countries (or organisations), checklist, dates. */
function header(view: CompareView): string {
  const place = (s: CompareView['base']) => s.country ?? s.organization;
  const places = [...new Set([place(view.base), place(view.current)].filter((p) => p !== null))];
  const dates = [...new Set([view.base.date, view.current.date].filter((d) => d !== null))];
  return headerOf([places.join(' / '), view.checklist.title, dates.join(' / ')]);
}

/** The output formats of `compare`: the comparison rendered from its view model. */
export const COMPARE_FORMATS: FormatRegistry<TemplateInput<CompareView>> = {
  md: templateFormat('md', { ...TEMPLATE, file: 'compare.md.hbs' }, 'cli.format.markdown'),
  html,
  pdf: pdfFormat(html, ({ view }) => header(view)),
  docx: docxFormat(async ({ view }) => (await import('../docx/compare-docx.js')).compareDocument(view)),
  json: {
    description: 'cli.format.compareJson',
    json: true,
    render: ({ view }) => jsonPieces(view),
  },
};
