import type { Io } from '../model/io.js';
import { EXIT, UsageError } from '../errors.js';
import { scoreAnswers } from '../score/score-answers.js';
import { requireAnswers } from './require-answers.js';
import { pickFormat } from '../formats/output-format.js';
import { SCORE_FORMATS } from '../formats/score-formats.js';
import { writeFormatted } from './write-formatted.js';
import { translator } from '../i18n/format.js';
import { VERSION } from '../version.js';

/** Options of `opsc-audit score`. */
export interface ScoreOptions {
  format: string;
  failUnder?: string;
  checklist?: string;
}

/** `opsc-audit score <answers>`: a terminal or JSON summary of the scores; exit 1 under --fail-under. */
export async function runScore(path: string, options: ScoreOptions, io: Io): Promise<number> {
  const threshold = parseThreshold(options.failUnder);
  const format = pickFormat(SCORE_FORMATS, options.format);
  const loaded = await requireAnswers(path, options.checklist, io);
  const card = scoreAnswers(loaded.index, loaded.answers.answers);
  const color = io.stdout.isTTY === true && !io.env.NO_COLOR;
  const width = io.stdout.columns ?? 100;
  const generator = `opsc-audit ${VERSION}`;
  await writeFormatted(
    format,
    { answers: loaded.answers, index: loaded.index, card, generator, color, width },
    io,
  );
  const overall = card.overall.percent ?? 0;
  if (threshold !== undefined && overall < threshold) {
    // One decimal as toFixed rounds it (Intl.NumberFormat rounds some halves the other way).
    const score = overall.toFixed(1);
    io.stderr.write(`opsc-audit: ${translator()('cli.score.underThreshold', { score, threshold })}\n`);
    return EXIT.problems;
  }
  return EXIT.ok;
}

function parseThreshold(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (value.trim() === '' || !Number.isFinite(n) || n < 0 || n > 100)
    throw new UsageError(translator()('cli.score.badThreshold', { value }));
  return n;
}
