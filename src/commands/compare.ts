import type { Io } from '../model/io.js';
import { EXIT } from '../errors.js';
import { compareAnswers } from '../compare/compare-answers.js';
import { buildCompareView } from '../compare/build-compare-view.js';
import type { CompareMode } from '../compare/types.js';
import type { CompareView } from '../compare/view-types.js';
import type { TemplateFormat } from '../report/render.js';
import type { Paper } from '../formats/output-format.js';
import { pickFormat } from '../formats/output-format.js';
import { COMPARE_FORMATS } from '../formats/compare-formats.js';
import { readTemplate, writeFormatted } from './write-formatted.js';
import { oneLine } from '../text/sanitize.js';
import { VERSION } from '../version.js';
import { loadComparePair } from './compare-inputs.js';
import { translator } from '../i18n/format.js';

/** Options of `opsc-audit compare`. */
export interface CompareCommandOptions {
  format: string;
  output?: string;
  /** `--paper` of -f pdf: a4 or letter. */
  paper?: string;
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
  const format = pickFormat(COMPARE_FORMATS, options.format);
  const pair = await loadComparePair(
    { base: basePath, current: currentPath },
    { checklist: options.checklist, baseChecklist: options.baseChecklist },
    io,
  );
  const comparison = compareAnswers({ ...pair, mode: options.mode as CompareMode | undefined });
  const generator = `opsc-audit ${VERSION}`;
  const view = buildCompareView(
    comparison,
    pair.index,
    { base: pair.base.answers, current: pair.current.answers },
    {
      includePrivate: options.includePrivate === true,
      generator,
      files: { base: basePath, current: currentPath },
    },
  );
  const t = translator();
  if (view.versions.inferredNote)
    io.stderr.write(
      `opsc-audit: ${t('cli.compare.inferredVersion', { note: view.versions.inferredNote })}\n`,
    );
  const { added, removed, reworded } = view.versions;
  if (added.length + removed.length + reworded.length > 0)
    io.stderr.write(`opsc-audit: ${oneLine(view.versions.sentence, 1000)}\n`);
  for (const row of reworded)
    io.stderr.write(`opsc-audit: ${t('cli.compare.reworded', { id: oneLine(row.id, 80) })}\n`);
  if (view.privacy.note)
    io.stderr.write(
      `opsc-audit: ${t('cli.compare.privateWithheld', { note: view.privacy.note.replace(/\.$/, '') })}\n`,
    );
  const inputs = [basePath, currentPath, options.checklist, options.baseChecklist];
  const sides = {
    base: { file: basePath, answers: pair.base.answers },
    current: { file: currentPath, answers: pair.current.answers },
  };
  const data = { comparison, index: pair.index, sides, generator };
  await writeFormatted(format, { view, data }, io, {
    output: options.output,
    inputs,
    formatName: options.format,
    paper: options.paper as Paper | undefined,
  });
  return EXIT.ok;
}

/** Renders a comparison as a whole text with the bundled template of a template format (md or html). */
export async function renderCompareReport(view: CompareView, name: TemplateFormat): Promise<string> {
  const format = pickFormat(COMPARE_FORMATS, name);
  const template = format.template ? await readTemplate(format.template) : undefined;
  const rendered = await format.render({ view, template });
  return typeof rendered === 'string' ? rendered : [...rendered].join('');
}
