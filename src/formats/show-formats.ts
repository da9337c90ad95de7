import type { ChecklistIndex } from '../model/checklist.js';
import type { TemplateFormat } from '../report/render.js';
import type { QuestionnaireView } from '../report/build-questionnaire-view.js';
import { VERSION } from '../version.js';
import type { MessageKey } from '../i18n/en.js';
import type { FormatRegistry, LoadedTemplate, OutputFormat } from './output-format.js';
import { templateFormat } from './template-format.js';

/** What `show` renders: a checklist, and the template read for formats that use one. */
export interface ShowInput {
  index: ChecklistIndex;
  template: LoadedTemplate | undefined;
}

/** The printable blank questionnaire of a checklist, rendered with the bundled template. */
function questionnaire(kind: TemplateFormat, description: MessageKey): OutputFormat<ShowInput> {
  const format = templateFormat<QuestionnaireView>(
    kind,
    { file: `questionnaire.${kind}.hbs`, css: 'questionnaire.css' },
    description,
  );
  return {
    ...format,
    async render({ index, template }) {
      const { buildQuestionnaireView } = await import('../report/build-questionnaire-view.js');
      return format.render({ view: buildQuestionnaireView(index, `opsc-audit ${VERSION}`), template });
    },
  };
}

/** The output formats of `show`. */
export const SHOW_FORMATS: FormatRegistry<ShowInput> = {
  text: {
    description: 'cli.format.outline',
    async render({ index }) {
      return (await import('../terminal/outline.js')).formatOutline(index);
    },
  },
  md: questionnaire('md', 'cli.format.questionnaireMd'),
  html: questionnaire('html', 'cli.format.questionnaireHtml'),
};
