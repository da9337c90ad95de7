// In-process timings of the core on already-generated files (parse, validate, score, render), without Node start-up.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

/** Median of `runs` timings of fn. */
async function time(fn, runs) {
  const times = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

/** Times parsing and validating each synthetic checklist and answers file in this process. */
export async function measureInProcess(root, work, sizes) {
  const { parseYaml } = await import(join(root, 'dist', 'parse', 'parse-yaml.js'));
  const { validateChecklistDocument, validateAnswersDocument } = await import(
    join(root, 'dist', 'validate', 'validate-document.js')
  );
  const { useSchemas } = await import(join(root, 'dist', 'validate', 'schemas.js'));
  const { shippedSchemas } = await import(join(root, 'dist', 'load', 'schema-source.js'));
  useSchemas(shippedSchemas);
  const { indexChecklist } = await import(join(root, 'dist', 'model', 'checklist.js'));
  const { scoreAnswers } = await import(join(root, 'dist', 'score', 'score-answers.js'));
  const { buildReportView } = await import(join(root, 'dist', 'report', 'build-report-view.js'));
  const { renderTemplate } = await import(join(root, 'dist', 'report', 'render.js'));
  const { readBundledTemplate, readTemplateAssets } = await import(
    join(root, 'dist', 'load', 'read-templates.js')
  );
  const template = await readBundledTemplate('report.html.hbs');
  const assets = await readTemplateAssets();
  const rows = [];
  for (const n of sizes) {
    const cText = readFileSync(join(work, `checklist-${n}.yaml`), 'utf8');
    const aText = readFileSync(join(work, `answers-${n}.yaml`), 'utf8');
    const runs = n >= 10000 ? 3 : 7;
    rows.push({
      name: `exact parse (positions kept) checklist ${n}`,
      median: await time(() => parseYaml(cText, { quickFrom: Infinity }), runs),
    });
    rows.push({
      name: `parse checklist as the CLI does ${n}`,
      median: await time(() => parseYaml(cText), runs),
    });
    const parsed = parseYaml(cText);
    rows.push({
      name: `validate parsed checklist ${n}`,
      median: await time(() => validateChecklistDocument(parsed, 'c.yaml'), runs),
    });
    const index = indexChecklist(validateChecklistDocument(parsed, 'c.yaml').value);
    const aParsed = parseYaml(aText);
    rows.push({
      name: `validate parsed answers ${n}`,
      median: await time(() => validateAnswersDocument(aParsed, 'a.yaml', index), runs),
    });
    const answers = validateAnswersDocument(aParsed, 'a.yaml', index).value;
    rows.push({ name: `score ${n}`, median: await time(() => scoreAnswers(index, answers.answers), runs) });
    const card = scoreAnswers(index, answers.answers);
    const options = { includePrivate: false, generator: 'bench', warnings: [] };
    rows.push({
      name: `report view + HTML ${n}`,
      median: await time(
        () => renderTemplate(template, buildReportView(index, answers, card, options), 'html', assets, 'r'),
        runs,
      ),
    });
  }
  return rows;
}
