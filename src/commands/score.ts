import type { Io } from '../model/io.js';
import { EXIT, UsageError } from '../errors.js';
import { scoreAnswers } from '../score/score-answers.js';
import { requireAnswers } from './require-answers.js';
import { pickFormat } from '../formats/output-format.js';
import { SCORE_FORMATS } from '../formats/score-formats.js';
import { writeFormatted } from './write-formatted.js';

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
  await writeFormatted(
    format,
    { file: path, answers: loaded.answers, index: loaded.index, card, color, width },
    io,
  );
  const overall = card.overall.percent ?? 0;
  if (threshold !== undefined && overall < threshold) {
    io.stderr.write(`opsc-audit: overall score ${overall.toFixed(1)}% is under --fail-under ${threshold}\n`);
    return EXIT.problems;
  }
  return EXIT.ok;
}

function parseThreshold(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (value.trim() === '' || !Number.isFinite(n) || n < 0 || n > 100)
    throw new UsageError(`--fail-under must be a number from 0 to 100, not "${value}"`);
  return n;
}
