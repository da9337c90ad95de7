import type { CompareView } from '../compare/view-types.js';
import { jsonPieces } from '../text/json-pieces.js';
import type { FormatRegistry } from './output-format.js';
import { templateFormat, type TemplateInput } from './template-format.js';

/** The report's partials and CSS, plus the comparison's own stylesheet. */
const TEMPLATE = { css: 'compare.css' };

/** The output formats of `compare`: the comparison rendered from its view model. */
export const COMPARE_FORMATS: FormatRegistry<TemplateInput<CompareView>> = {
  md: templateFormat('md', { ...TEMPLATE, file: 'compare.md.hbs' }, 'cli.format.markdown'),
  html: templateFormat('html', { ...TEMPLATE, file: 'compare.html.hbs' }, 'cli.format.webPage'),
  json: {
    description: 'cli.format.compareJson',
    json: true,
    render: ({ view }) => jsonPieces(view),
  },
};
