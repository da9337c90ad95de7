import type { ChecklistIndex } from '../model/checklist.js';
import type { TemplateFormat } from '../report/render.js';
import type { QuestionnaireView } from '../report/build-questionnaire-view.js';
import { VERSION } from '../version.js';
import type { MessageKey } from '../i18n/en.js';
import { docxFormat } from './docx-format.js';
import type { FormatRegistry, LoadedTemplate, OutputFormat, Paper } from './output-format.js';
import { pdfFormat } from './pdf-format.js';
import { templateFormat, type TemplateInput } from './template-format.js';

/** What `show` renders: a checklist, the template read for formats that use one, and the paper of a PDF. */
export interface ShowInput {
  index: ChecklistIndex;
  template: LoadedTemplate | undefined;
  paper?: Paper | undefined;
}

/** The view of the blank questionnaire of a checklist. */
async function questionnaireView(index: ChecklistIndex): Promise<QuestionnaireView> {
  const { buildQuestionnaireView } = await import('../report/build-questionnaire-view.js');
  return buildQuestionnaireView(index, `opsc-audit ${VERSION}`);
}

/** A format of the blank questionnaire, rendered from its view. */
function fromView(
  format: OutputFormat<TemplateInput<QuestionnaireView> & { paper?: Paper | undefined }>,
): OutputFormat<ShowInput> {
  return {
    ...format,
    async render({ index, template, paper }) {
      return format.render({ view: await questionnaireView(index), template, paper });
    },
  };
}

/** The printable blank questionnaire of a checklist, rendered with the bundled template. */
function questionnaire(kind: TemplateFormat, description: MessageKey) {
  return templateFormat<QuestionnaireView>(
    kind,
    { file: `questionnaire.${kind}.hbs`, css: 'questionnaire.css' },
    description,
  );
}

/** The output formats of `show`. */
export const SHOW_FORMATS: FormatRegistry<ShowInput> = {
  text: {
    description: 'cli.format.outline',
    async render({ index }) {
      return (await import('../terminal/outline.js')).formatOutline(index);
    },
  },
  md: fromView(questionnaire('md', 'cli.format.questionnaireMd')),
  html: fromView(questionnaire('html', 'cli.format.questionnaireHtml')),
  pdf: fromView(
    pdfFormat(
      questionnaire('html', 'cli.format.questionnaireHtml'),
      ({ view }) => view.checklist.title,
      'cli.format.questionnairePdf',
    ),
  ),
  docx: {
    ...docxFormat(
      async ({ index }: ShowInput) =>
        (await import('../docx/questionnaire-docx.js')).questionnaireDocument(await questionnaireView(index)),
      'cli.format.questionnaireDocx',
    ),
  },
};
