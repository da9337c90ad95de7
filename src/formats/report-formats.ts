import type { ReportView } from '../report/view-types.js';
import { jsonPieces } from '../text/json-pieces.js';
import type { FormatRegistry } from './output-format.js';
import { templateFormat, type TemplateInput } from './template-format.js';

/** The output formats of `report`: the gap-analysis report rendered from its view model. */
export const REPORT_FORMATS: FormatRegistry<TemplateInput<ReportView>> = {
  md: templateFormat('md', { file: 'report.md.hbs' }, 'cli.format.markdown'),
  html: templateFormat('html', { file: 'report.html.hbs' }, 'cli.format.webPage'),
  json: { description: 'cli.format.reportJson', json: true, render: ({ view }) => jsonPieces(view) },
};
