import type { Comparison } from '../compare/types.js';
import type { CompareView } from '../compare/view-types.js';
import type { ChecklistIndex } from '../model/checklist.js';
import { translator } from '../i18n/format.js';
import { jsonPieces } from '../text/json-pieces.js';
import type { CompareDataSide } from '../data/build-compare-data.js';
import { docxFormat } from './docx-format.js';
import type { FormatRegistry } from './output-format.js';
import { headerOf, pdfFormat } from './pdf-format.js';
import { templateFormat, type TemplateInput } from './template-format.js';

/** The report's partials and CSS, plus the comparison's own stylesheet. */
const TEMPLATE = { css: 'compare.css' };

/** What the JSON data of a comparison is built from. */
export interface CompareDataInput {
  comparison: Comparison;
  index: ChecklistIndex;
  sides: { base: CompareDataSide; current: CompareDataSide };
  generator: string;
}

/** What `compare` renders: the view model for the templates, and (for -f json) what its data is built from. */
export interface CompareInput extends TemplateInput<CompareView> {
  data?: CompareDataInput;
}

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

/** The output formats of `compare`: the comparison rendered from its view model, or its data as JSON. */
export const COMPARE_FORMATS: FormatRegistry<CompareInput> = {
  md: templateFormat('md', { ...TEMPLATE, file: 'compare.md.hbs' }, 'cli.format.markdown'),
  html,
  pdf: pdfFormat(html, ({ view }) => header(view)),
  docx: docxFormat(async ({ view }) => (await import('../docx/compare-docx.js')).compareDocument(view)),
  json: {
    description: 'cli.format.compareJson',
    json: true,
    async render({ data }) {
      // The command always passes the data; only a template rendering (renderCompareReport) leaves it out.
      if (!data) throw new Error(translator()('cli.error.compareDataMissing'));
      const { buildCompareData } = await import('../data/build-compare-data.js');
      return jsonPieces(buildCompareData(data.comparison, data.index, data.sides, data.generator));
    },
  },
};
