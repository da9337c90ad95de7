import { resolve } from 'node:path';
import type { Io } from '../model/io.js';
import { EXIT, UsageError } from '../errors.js';
import { scoreAnswers } from '../score/score-answers.js';
import { buildReportView } from '../report/build-report-view.js';
import { renderHtmlPieces, renderTemplate, TemplateError, type TemplateFormat } from '../report/render.js';
import { readBundledTemplate, readTemplateAssets, readTemplateFile } from '../load/read-templates.js';
import { writeOutput } from '../load/write-output.js';
import { VERSION } from '../version.js';
import { requireAnswers } from './require-answers.js';
import { collectGarbageIfLarge } from '../load/collect-garbage.js';
import { jsonPieces } from '../text/json-pieces.js';

/** Options of `opsc-audit report`. */
export interface ReportCommandOptions {
  format: string;
  output?: string;
  template?: string;
  includePrivate?: boolean;
  checklist?: string;
}

/** `opsc-audit report <answers>`: the gap-analysis report as Markdown, HTML or JSON (the view model). */
export async function runReport(path: string, options: ReportCommandOptions, io: Io): Promise<number> {
  if (options.template !== undefined && options.format === 'json')
    throw new UsageError('--template applies to -f md and -f html, not json');
  const loaded = await requireAnswers(path, options.checklist, io);
  const inputs = [path, options.checklist, options.template];
  collectGarbageIfLarge(loaded.index.byId.size);
  const card = scoreAnswers(loaded.index, loaded.answers.answers);
  const view = buildReportView(loaded.index, loaded.answers, card, {
    includePrivate: options.includePrivate === true,
    generator: `opsc-audit ${VERSION}`,
    warnings: loaded.warnings.map((w) => w.message),
  });
  collectGarbageIfLarge(loaded.index.byId.size);
  if (view.privacy.withheld > 0)
    io.stderr.write(`opsc-audit: ${view.privacy.note ?? ''} (use --include-private to include them)\n`);
  if (options.format === 'json') {
    await writeOutput(jsonPieces(view), options.output, io, { inputs, format: 'json' });
    return EXIT.ok;
  }
  const format = options.format as TemplateFormat;
  const { source, name } = await templateSource(format, options.template, io);
  try {
    const assets = await readTemplateAssets();
    // HTML is written as it is rendered; Markdown is tidied as a whole.
    const output =
      format === 'html'
        ? renderHtmlPieces(source, view, assets, name)
        : renderTemplate(source, view, format, assets, name);
    await writeOutput(output, options.output, io, { inputs });
  } catch (error) {
    if (error instanceof TemplateError) throw new UsageError(error.message, { cause: error });
    throw error;
  }
  return EXIT.ok;
}

async function templateSource(format: TemplateFormat, template: string | undefined, io: Io) {
  if (template === undefined)
    return { source: await readBundledTemplate(`report.${format}.hbs`), name: `report.${format}.hbs` };
  return { source: await readTemplateFile(resolve(io.cwd, template), template), name: template };
}
