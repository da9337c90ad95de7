import type { Io } from '../model/io.js';
import { EXIT, InputError, UsageError } from '../errors.js';
import { scoreAnswers } from '../score/score-answers.js';
import { requireAnswers } from './require-answers.js';
import { pickFormat } from '../formats/output-format.js';
import { SCORE_FORMATS } from '../formats/score-formats.js';
import { writeFormatted } from './write-formatted.js';
import { translator } from '../i18n/format.js';
import { oneLine } from '../text/sanitize.js';
import { VERSION } from '../version.js';
import { expandPatterns } from './expand-globs.js';
import { scoreFiles, type ScoredFiles } from './score-files.js';
import { readScoreSort, SCORE_SORTS, type ScoreSort } from '../data/score-table-sort.js';

/** Options of `opsc-audit score`. */
export interface ScoreOptions {
  format: string;
  failUnder?: string;
  checklist?: string;
  /** `--sort`: the order of the rows of the table of several files. */
  sort?: string;
}

/**
 * `opsc-audit score <answers...>`: one file's summary (terminal text or JSON), or with several files or a glob one
 * table per checklist with a row per file; exit 1 under --fail-under, and when some files could not be scored
 * while others were (exit 2 when none could).
 */
export async function runScore(patterns: readonly string[], options: ScoreOptions, io: Io): Promise<number> {
  const threshold = parseThreshold(options.failUnder);
  const format = pickFormat(SCORE_FORMATS, options.format);
  const sort = parseSort(options.sort);
  const paths = await expandPatterns(patterns, io.cwd);
  // One file named as a path (not a glob) is scored as it always was: its own summary, exit 2 when unusable.
  const single = patterns.length === 1 && paths.length === 1 && paths[0] === patterns[0];
  const files = single
    ? await scoreOne(paths[0] ?? '', options.checklist, io)
    : await scoreFiles(paths, options.checklist, io);
  const t = translator();
  if (files.scored.length === 0)
    throw new InputError(t('cli.score.noneScored', { count: files.failed.length }));
  const color = io.stdout.isTTY === true && !io.env.NO_COLOR;
  const width = io.stdout.columns ?? 100;
  const generator = `opsc-audit ${VERSION}`;
  await writeFormatted(
    format,
    { ...files, single, sort, generator, color, width, terminal: io.stdout.isTTY === true },
    io,
    {
      inputs: paths,
      formatName: options.format,
    },
  );
  let code: number = EXIT.ok;
  for (const { file, card } of threshold === undefined ? [] : files.scored) {
    const overall = card.overall.percent ?? 0;
    if (overall >= (threshold ?? 0)) continue;
    // One decimal as toFixed rounds it (Intl.NumberFormat rounds some halves the other way).
    const score = overall.toFixed(1);
    const message = t('cli.score.underThreshold', { score, threshold: threshold ?? 0 });
    io.stderr.write(`opsc-audit: ${single ? message : `${oneLine(file, 200)}: ${message}`}\n`);
    code = EXIT.problems;
  }
  if (files.failed.length > 0) {
    const total = files.failed.length + files.scored.length;
    io.stderr.write(
      `opsc-audit: ${t('cli.score.someFailed', { failed: files.failed.length, count: total })}\n`,
    );
    code = EXIT.problems;
  }
  return code;
}

/** One answers file, read and scored exactly as `score` always has (its problems stop the run: exit 2). */
async function scoreOne(path: string, checklist: string | undefined, io: Io): Promise<ScoredFiles> {
  const loaded = await requireAnswers(path, checklist, io);
  const card = scoreAnswers(loaded.index, loaded.answers.answers);
  return { scored: [{ file: path, index: loaded.index, answers: loaded.answers, card }], failed: [] };
}

function parseThreshold(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (value.trim() === '' || !Number.isFinite(n) || n < 0 || n > 100)
    throw new UsageError(translator()('cli.score.badThreshold', { value }));
  return n;
}

function parseSort(value: string | undefined): ScoreSort {
  if (value === undefined) return 'given';
  const sort = readScoreSort(value);
  if (sort === undefined)
    throw new UsageError(
      translator()('cli.score.badSort', { value: oneLine(value, 80), sorts: SCORE_SORTS.join(', ') }),
    );
  return sort;
}
