import type { Io } from '../model/io.js';
import { EXIT, UsageError } from '../errors.js';
import { BASES, type Basis } from '../model/basis.js';
import { oneLine } from '../text/sanitize.js';
import { scoreAnswers } from '../score/score-answers.js';
import { buildReportView } from '../report/build-report-view.js';
import { REPORT_DETAILS, type ReportDetail } from '../report/report-detail.js';
import { VERSION } from '../version.js';
import { requireAnswers } from './require-answers.js';
import { formatNames, pickFormat, type Paper } from '../formats/output-format.js';
import { REPORT_FORMATS } from '../formats/report-formats.js';
import { writeFormatted } from './write-formatted.js';
import { listOf, translator } from '../i18n/format.js';
import { expandPatterns } from './expand-globs.js';
import { outputFolder, outputStem, runIntoFolder } from './many-outputs.js';

/** Options of `opsc-audit report`. */
export interface ReportCommandOptions {
  format: string;
  output?: string;
  /** `--paper` of -f pdf: a4 or letter. */
  paper?: string;
  template?: string;
  includePrivate?: boolean;
  checklist?: string;
  /** `--basis obligation,recommendation`: show only the gaps of these bases. */
  basis?: string;
  /** `--detail brief|full`: brief by default. */
  detail?: string;
}

/**
 * `opsc-audit report <answers...>`: the gap-analysis report as Markdown, HTML, PDF, Word or JSON (its data,
 * docs/data-api.md). Several answers files (or a glob) write one report each into the folder `-o` names, each
 * named after its input with the format's extension (`kenya.answers.yaml` -> `kenya.answers.html`).
 */
export async function runReport(
  patterns: readonly string[],
  options: ReportCommandOptions,
  io: Io,
): Promise<number> {
  const format = pickFormat(REPORT_FORMATS, options.format);
  if (options.template !== undefined && !format.template) {
    const templated = formatNames(REPORT_FORMATS).filter((name) => REPORT_FORMATS[name]?.template);
    const formats = listOf(templated.map((name) => `-f ${name}`));
    throw new UsageError(
      translator()('cli.report.templateNotApplicable', { formats, format: options.format }),
    );
  }
  const basis = options.basis === undefined ? undefined : parseBases(options.basis);
  const detail = parseDetail(options.detail);
  const paths = await expandPatterns(patterns, io.cwd);
  const several = paths.length > 1 || paths[0] !== patterns[0];
  const folder = await outputFolder(several, options.output, io, 'reports/');
  const inputs = [...paths, options.checklist, options.template];
  const one = (path: string, output: string | undefined, prefix: string): Promise<void> =>
    writeReport(path, { ...options, basis, detail, output, inputs, prefix }, format, io);
  if (folder === undefined) {
    await one(paths[0] ?? '', options.output, '');
    return EXIT.ok;
  }
  const jobs = paths.map((path) => ({
    from: path,
    name: `${outputStem(path)}.${options.format}`,
    run: (output: string) => one(path, output, `${oneLine(path, 200)}: `),
  }));
  return runIntoFolder(jobs, folder, io);
}

/** Renders and writes the report of one answers file; `prefix` names the file in its notes when there are several. */
async function writeReport(
  path: string,
  options: Omit<ReportCommandOptions, 'basis' | 'detail'> & {
    basis: Basis[] | undefined;
    detail: ReportDetail;
    inputs: readonly (string | undefined)[];
    prefix: string;
  },
  format: (typeof REPORT_FORMATS)[string] & object,
  io: Io,
): Promise<void> {
  const { basis, detail } = options;
  const loaded = await requireAnswers(path, options.checklist, io);
  const card = scoreAnswers(loaded.index, loaded.answers.answers);
  const includePrivate = options.includePrivate === true;
  const generator = `opsc-audit ${VERSION}`;
  const view = buildReportView(loaded.index, loaded.answers, card, {
    includePrivate,
    generator,
    warnings: loaded.warnings.map((w) => w.message),
    basis,
    detail,
  });
  if (view.privacy.withheld > 0)
    io.stderr.write(
      `opsc-audit: ${options.prefix}${translator()('cli.report.privateWithheld', { note: (view.privacy.note ?? '').replace(/\.$/, '') })}\n`,
    );
  const data = {
    index: loaded.index,
    answers: loaded.answers,
    card,
    options: { generator, includePrivate, basis },
  };
  await writeFormatted(format, { view, data }, io, {
    output: options.output,
    inputs: options.inputs,
    template: options.template,
    formatName: options.format,
    paper: options.paper as Paper | undefined,
  });
}

/** Reads `--basis`: a comma-separated list of bases, each known, at least one; anything else is a usage error. */
export function parseBases(text: string): Basis[] {
  const parts = text
    .split(',')
    .map((p) => p.trim())
    .filter((p) => p !== '');
  const known = new Set<string>(BASES);
  const wrong = parts.find((p) => !known.has(p));
  if (parts.length === 0 || wrong !== undefined)
    throw new UsageError(
      translator()('cli.report.badBasis', { value: oneLine(wrong ?? text, 80), bases: BASES.join(', ') }),
    );
  return [...new Set(parts)] as Basis[];
}

/** Reads `--detail`: `brief` (the default) or `full`; anything else is a usage error naming both. */
export function parseDetail(text: string | undefined): ReportDetail {
  if (text === undefined) return REPORT_DETAILS[0] ?? 'brief';
  const found = REPORT_DETAILS.find((d) => d === text.trim());
  if (found === undefined)
    throw new UsageError(
      translator()('cli.report.badDetail', { value: oneLine(text, 80), details: REPORT_DETAILS.join(', ') }),
    );
  return found;
}
