import type { AnswersFile, ChecklistIndex } from '../model/checklist.js';
import type { Scorecard } from '../score/types.js';
import { jsonPieces } from '../text/json-pieces.js';
import { actorNames, responsibleActors } from '../report/actor-names.js';
import type { FormatRegistry } from './output-format.js';

/** What `score` renders: the scorecard of one answers file, and how the terminal shows text. */
export interface ScoreInput {
  file: string;
  answers: AnswersFile;
  index: ChecklistIndex;
  card: Scorecard;
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
    render: ({ file, answers, card, index }) =>
      jsonPieces({
        format: 'opsc-audit/score@1',
        file,
        respondent: answers.respondent,
        scorecard: card,
        gapList: rankedGaps(card, index),
      }),
  },
};

/** The ranked gaps as an action plan: each with its basis, weight and responsible actors in plain words. */
function rankedGaps(card: Scorecard, index: ChecklistIndex) {
  const names = actorNames(index.checklist, index.checklist.language);
  const byId = new Map(card.questions.map((q) => [q.id, q]));
  return card.gaps.flatMap((id, i) => {
    const q = byId.get(id);
    if (!q) return [];
    const { gap, basis, weight, status } = q;
    return [{ rank: i + 1, id, gap, basis, weight, status, actors: responsibleActors(q.actors, names) }];
  });
}
