import type { Io } from '../model/io.js';
import { EXIT, UsageError } from '../errors.js';
import { compareAnswers } from '../compare/compare-answers.js';
import { buildCompareView } from '../compare/build-compare-view.js';
import type { CompareMode } from '../compare/types.js';
import type { CompareView } from '../compare/view-types.js';
import { renderHtmlPieces, renderTemplate, TemplateError, type TemplateFormat } from '../report/render.js';
import { readBundledTemplate, readTemplateAssets } from '../load/read-templates.js';
import { writeOutput } from '../load/write-output.js';
import { oneLine } from '../text/sanitize.js';
import { VERSION } from '../version.js';
import { loadComparePair } from './compare-inputs.js';
import { collectGarbageIfLarge } from '../load/collect-garbage.js';
import { jsonPieces } from '../text/json-pieces.js';

/** Options of `opsc-audit compare`. */
export interface CompareCommandOptions {
  format: string;
  output?: string;
  mode?: string;
  includePrivate?: boolean;
  checklist?: string;
  baseChecklist?: string;
}

/** `opsc-audit compare <base> <current>`: progress between two assessments, or where two respondents diverge. */
export async function runCompare(
  basePath: string,
  currentPath: string,
  options: CompareCommandOptions,
  io: Io,
): Promise<number> {
  const pair = await loadComparePair(
    { base: basePath, current: currentPath },
    { checklist: options.checklist, baseChecklist: options.baseChecklist },
    io,
  );
  const comparison = compareAnswers({ ...pair, mode: options.mode as CompareMode | undefined });
  const view = buildCompareView(
    comparison,
    pair.index,
    { base: pair.base.answers, current: pair.current.answers },
    {
      includePrivate: options.includePrivate === true,
      generator: `opsc-audit ${VERSION}`,
      files: { base: basePath, current: currentPath },
    },
  );
  if (view.versions.inferredNote) io.stderr.write(`opsc-audit: warning: ${view.versions.inferredNote}\n`);
  const { added, removed, reworded } = view.versions;
  if (added.length + removed.length + reworded.length > 0)
    io.stderr.write(`opsc-audit: ${oneLine(view.versions.sentence, 1000)}\n`);
  for (const row of reworded)
    io.stderr.write(
      `opsc-audit: warning: ${oneLine(row.id, 80)} was reworded, or its scale or options changed, between the versions the two files were made against; it is left out of the comparison\n`,
    );
  if (view.privacy.note)
    io.stderr.write(
      `opsc-audit: ${view.privacy.note.replace(/\.$/, '')} (use --include-private to include them).\n`,
    );
  collectGarbageIfLarge(pair.index.byId.size);
  const inputs = [basePath, currentPath, options.checklist, options.baseChecklist];
  if (options.format === 'json') {
    await writeOutput(jsonPieces(view), options.output, io, { inputs, format: 'json' });
    return EXIT.ok;
  }
  try {
    // HTML is written as it is rendered; Markdown is tidied as a whole.
    const output =
      options.format === 'html'
        ? await compareHtmlPieces(view)
        : await renderCompareReport(view, options.format as TemplateFormat);
    await writeOutput(output, options.output, io, { inputs });
  } catch (error) {
    if (error instanceof TemplateError) throw new UsageError(error.message, { cause: error });
    throw error;
  }
  return EXIT.ok;
}

async function compareAssets() {
  const assets = await readTemplateAssets();
  return { ...assets, css: `${assets.css}\n${await readBundledTemplate('compare.css')}` };
}

async function compareHtmlPieces(view: CompareView): Promise<Iterable<string>> {
  const name = 'compare.html.hbs';
  return renderHtmlPieces(await readBundledTemplate(name), view, await compareAssets(), name);
}

/** Renders a comparison with the bundled templates: the report's partials and CSS, plus compare.css. */
export async function renderCompareReport(view: CompareView, format: TemplateFormat): Promise<string> {
  const name = `compare.${format}.hbs`;
  return renderTemplate(await readBundledTemplate(name), view, format, await compareAssets(), name);
}
