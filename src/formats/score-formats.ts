import type { AnswersFile, ChecklistIndex } from '../model/checklist.js';
import type { Scorecard } from '../score/types.js';
import { jsonPieces } from '../text/json-pieces.js';
import type { FormatRegistry } from './output-format.js';

/** What `score` renders: the scorecard of one answers file, and how the terminal shows text. */
export interface ScoreInput {
  answers: AnswersFile;
  index: ChecklistIndex;
  card: Scorecard;
  /** "opsc-audit 0.1.0", for the JSON data. */
  generator: string;
  color: boolean;
  width: number;
}

/** The output formats of `score`. */
export const SCORE_FORMATS: FormatRegistry<ScoreInput> = {
  text: {
    description: 'cli.format.scoreText',
    async render({ card, index, answers, color, width }) {
      const { formatScoreText } = await import('../terminal/score-text.js');
      return formatScoreText(card, index, answers.respondent, { color, width });
    },
  },
  json: {
    description: 'cli.format.scoreJson',
    json: true,
    async render({ answers, card, index, generator }) {
      const { buildScoreData } = await import('../data/build-score-data.js');
      return jsonPieces(buildScoreData(index, answers, card, generator));
    },
  },
};
