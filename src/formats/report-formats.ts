import type { ReportView } from '../report/view-types.js';
import { jsonPieces } from '../text/json-pieces.js';
import { docxFormat } from './docx-format.js';
import type { FormatRegistry } from './output-format.js';
import { headerOf, pdfFormat } from './pdf-format.js';
import { templateFormat, type TemplateInput } from './template-format.js';

const html = templateFormat<ReportView>('html', { file: 'report.html.hbs' }, 'cli.format.webPage');

/** The output formats of `report`: the gap-analysis report rendered from its view model. */
export const REPORT_FORMATS: FormatRegistry<TemplateInput<ReportView>> = {
  md: templateFormat('md', { file: 'report.md.hbs' }, 'cli.format.markdown'),
  html,
  pdf: pdfFormat(html, ({ view }) =>
    headerOf([
      view.respondent.country ?? view.respondent.organization,
      view.checklist.title,
      view.respondent.date,
    ]),
  ),
  docx: docxFormat(async ({ view }) => (await import('../docx/report-docx.js')).reportDocument(view)),
  json: { description: 'cli.format.reportJson', json: true, render: ({ view }) => jsonPieces(view) },
};
