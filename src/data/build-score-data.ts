import type { AnswersFile, ChecklistIndex } from '../model/checklist.js';
import type { Scorecard } from '../score/types.js';
import type { ScoreData } from './data-types.js';
import { buildScoreDataCore } from './score-data-core.js';

/** The version tag of `score -f json` (docs/data-api.md says what changes it). */
export const SCORE_DATA_FORMAT = 'opsc-audit/score-data@2';

/** What `score -f json` prints: every score and the ranked gaps of one answers file, as data. */
export function buildScoreData(
  index: ChecklistIndex,
  answers: AnswersFile,
  card: Scorecard,
  generator: string,
): ScoreData {
  return { format: SCORE_DATA_FORMAT, ...buildScoreDataCore(index, answers, card, generator) };
}
