import type { AnswersFile, ChecklistIndex } from '../model/checklist.js';
import type { ReportView } from '../report/view-types.js';
import type { Scorecard } from '../score/types.js';
import { jsonPieces } from '../text/json-pieces.js';
import type { ReportDataOptions } from '../data/build-report-data.js';
import { docxFormat } from './docx-format.js';
import type { FormatRegistry } from './output-format.js';
import { headerOf, pdfFormat } from './pdf-format.js';
import { templateFormat, type TemplateInput } from './template-format.js';

/** What `report` renders: the view model for the templates, and what the JSON data is built from. */
export interface ReportInput extends TemplateInput<ReportView> {
  data: { index: ChecklistIndex; answers: AnswersFile; card: Scorecard; options: ReportDataOptions };
}

const html = templateFormat<ReportView>('html', { file: 'report.html.hbs' }, 'cli.format.webPage');

/** The output formats of `report`: the gap-analysis report rendered from its view model, or its data as JSON. */
export const REPORT_FORMATS: FormatRegistry<ReportInput> = {
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
  json: {
    description: 'cli.format.reportJson',
    json: true,
    async render({ data }) {
      const { buildReportData } = await import('../data/build-report-data.js');
      return jsonPieces(buildReportData(data.index, data.answers, data.card, data.options));
    },
  },
};
