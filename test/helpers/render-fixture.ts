import { readBundledTemplate, readTemplateAssets } from '../../src/load/read-templates.js';
import { buildReportView } from '../../src/report/build-report-view.js';
import { renderTemplate, type TemplateFormat } from '../../src/report/render.js';
import type { ReportView } from '../../src/report/view-types.js';
import { scoreAnswers } from '../../src/score/score-answers.js';
import { loadFixtureAnswers, loadFixtureIndex } from './fixtures.js';

/** The report view of a fixture answers file against the report fixture checklist. */
export function fixtureView(answersPath: string, includePrivate = false): ReportView {
  const index = loadFixtureIndex('reports/checklist.yaml');
  const answers = loadFixtureAnswers(answersPath, index);
  return buildReportView(index, answers, scoreAnswers(index, answers.answers), {
    includePrivate,
    generator: 'opsc-audit test',
  });
}

/** Renders a fixture report with the bundled templates. */
export async function renderFixture(answersPath: string, format: TemplateFormat): Promise<string> {
  const name = `report.${format}.hbs`;
  return renderTemplate(
    await readBundledTemplate(name),
    fixtureView(answersPath),
    format,
    await readTemplateAssets(),
    name,
  );
}
