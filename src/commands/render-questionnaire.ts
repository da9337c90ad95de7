import type { ChecklistIndex } from '../model/checklist.js';
import { buildQuestionnaireView } from '../report/build-questionnaire-view.js';
import { renderTemplate, TemplateError, type TemplateFormat } from '../report/render.js';
import { readBundledTemplate, readTemplateAssets } from '../load/read-templates.js';
import { UsageError } from '../errors.js';
import { VERSION } from '../version.js';

/** Renders the blank questionnaire of a checklist as Markdown or HTML with the bundled templates. */
export async function renderQuestionnaire(index: ChecklistIndex, format: TemplateFormat): Promise<string> {
  const view = buildQuestionnaireView(index, `opsc-audit ${VERSION}`);
  const name = `questionnaire.${format}.hbs`;
  try {
    return renderTemplate(await readBundledTemplate(name), view, format, await readTemplateAssets(), name);
  } catch (error) {
    if (error instanceof TemplateError) throw new UsageError(error.message, { cause: error });
    throw error;
  }
}
