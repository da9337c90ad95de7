import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Io } from '../model/io.js';
import { EXIT, UsageError } from '../errors.js';
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
import { expandPatterns } from './expand-globs.js';
import { outputFolder, outputStem, runIntoFolder } from './many-outputs.js';

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

/**
 * `opsc-audit compare <base> <current...>`: progress between two assessments, or where two respondents diverge.
 * Several current files (or a glob) are each compared with the base, one comparison per file written into the
 * folder `-o` names (`<base>-vs-<current>.<format>`); the base itself, if a glob matches it, is skipped.
 */
export async function runCompare(
  basePath: string,
  currentPatterns: readonly string[],
  options: CompareCommandOptions,
  io: Io,
): Promise<number> {
  const format = pickFormat(COMPARE_FORMATS, options.format);
  const expanded = await expandPatterns(currentPatterns, io.cwd);
  const several = expanded.length > 1 || expanded[0] !== currentPatterns[0];
  const currents = several ? await withoutBase(expanded, basePath, io.cwd) : expanded;
  if (currents.length === 0)
    throw new UsageError(translator()('cli.compare.onlyBase', { base: oneLine(basePath, 200) }));
  const folder = await outputFolder(several, options.output, io, 'progress/');
  const inputs = [basePath, ...currents, options.checklist, options.baseChecklist];
  const one = (current: string, output: string | undefined, prefix = ''): Promise<void> =>
    writeComparison(basePath, current, { ...options, output, inputs, prefix }, format, io);
  if (folder === undefined) {
    await one(currents[0] ?? '', options.output);
    return EXIT.ok;
  }
  const jobs = currents.map((current) => ({
    from: current,
    name: `${outputStem(basePath)}-vs-${outputStem(current)}.${options.format}`,
    run: (output: string) => one(current, output, `${oneLine(current, 200)}: `),
  }));
  return runIntoFolder(jobs, folder, io);
}

/** The current files but the base itself (`compare base.yaml "*.yaml"` does not compare the base with itself). */
async function withoutBase(paths: readonly string[], base: string, cwd: string): Promise<string[]> {
  const id = async (path: string) => {
    const info = await stat(resolve(cwd, path)).catch(() => undefined);
    return info ? `${info.dev}:${info.ino}` : resolve(cwd, path);
  };
  const baseId = await id(base);
  const kept: string[] = [];
  for (const path of paths) if ((await id(path)) !== baseId) kept.push(path);
  return kept;
}

/** Compares the base with one current file and writes the comparison (its notes on standard error). */
async function writeComparison(
  basePath: string,
  currentPath: string,
  options: CompareCommandOptions & { inputs: readonly (string | undefined)[]; prefix: string },
  format: (typeof COMPARE_FORMATS)[string] & object,
  io: Io,
): Promise<void> {
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
  // With several comparisons, each note names the file compared with the base.
  const say = (text: string): void => {
    io.stderr.write(`opsc-audit: ${options.prefix}${text}\n`);
  };
  if (view.versions.inferredNote) say(t('cli.compare.inferredVersion', { note: view.versions.inferredNote }));
  const { added, removed, reworded } = view.versions;
  if (added.length + removed.length + reworded.length > 0) say(oneLine(view.versions.sentence, 1000));
  for (const row of reworded) say(t('cli.compare.reworded', { id: oneLine(row.id, 80) }));
  if (view.privacy.note)
    say(t('cli.compare.privateWithheld', { note: view.privacy.note.replace(/\.$/, '') }));
  const sides = {
    base: { file: basePath, answers: pair.base.answers },
    current: { file: currentPath, answers: pair.current.answers },
  };
  const data = { comparison, index: pair.index, sides, generator };
  await writeFormatted(format, { view, data }, io, {
    output: options.output,
    inputs: options.inputs,
    formatName: options.format,
    paper: options.paper as Paper | undefined,
  });
}

/** Renders a comparison as a whole text with the bundled template of a template format (md or html). */
export async function renderCompareReport(view: CompareView, name: TemplateFormat): Promise<string> {
  const format = pickFormat(COMPARE_FORMATS, name);
  const template = format.template ? await readTemplate(format.template) : undefined;
  const rendered = await format.render({ view, template });
  return typeof rendered === 'string' ? rendered : [...rendered].join('');
}
