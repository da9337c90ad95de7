import { readBundledTemplate, readTemplateAssets } from '../../src/load/read-templates.js';
import { buildReportView } from '../../src/report/build-report-view.js';
import { renderTemplate, type TemplateFormat } from '../../src/report/render.js';
import type { ReportView } from '../../src/report/view-types.js';
import { scoreAnswers } from '../../src/score/score-answers.js';
import { loadFixtureAnswers, loadFixtureIndex } from './fixtures.js';

/** The report view of a fixture answers file against the report fixture checklist (full detail by default). */
export function fixtureView(
  answersPath: string,
  includePrivate = false,
  detail: ReportView['detail'] = 'full',
): ReportView {
  const index = loadFixtureIndex('reports/checklist.yaml');
  const answers = loadFixtureAnswers(answersPath, index);
  return buildReportView(index, answers, scoreAnswers(index, answers.answers), {
    includePrivate,
    generator: 'opsc-audit test',
    detail,
  });
}

/** Renders a fixture report with the bundled templates (the brief by default, as `report` does). */
export async function renderFixture(
  answersPath: string,
  format: TemplateFormat,
  detail: ReportView['detail'] = 'brief',
): Promise<string> {
  const name = `report.${format}.hbs`;
  return renderTemplate(
    await readBundledTemplate(name),
    fixtureView(answersPath, false, detail),
    format,
    await readTemplateAssets(format),
    name,
  );
}
