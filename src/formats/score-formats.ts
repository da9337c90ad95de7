import type { ScoreTable } from '../data/data-types.js';
import type { ScoredFile, UnscoredFile } from '../data/build-score-table.js';
import type { ScoreSort } from '../data/score-table-sort.js';
import { jsonPieces } from '../text/json-pieces.js';
import type { FormatRegistry } from './output-format.js';

/**
 * What `score` renders: the answers files scored (and those that failed). With `single`, one file was named and
 * text and JSON show its full summary as they always have; otherwise, and always for csv and md, one table per
 * checklist with a row per file, in `sort` order.
 */
export interface ScoreInput {
  scored: readonly ScoredFile[];
  failed: readonly UnscoredFile[];
  single: boolean;
  sort: ScoreSort;
  /** "opsc-audit 0.1.0", for the JSON data. */
  generator: string;
  color: boolean;
  width: number;
  /** Whether standard output is a terminal, whose width a table is narrowed to. */
  terminal: boolean;
}

/** The output formats of `score`. */
export const SCORE_FORMATS: FormatRegistry<ScoreInput> = {
  text: {
    description: 'cli.format.scoreText',
    async render(input) {
      const one = input.single ? input.scored[0] : undefined;
      if (one) {
        const { formatScoreText } = await import('../terminal/score-text.js');
        const { color, width } = input;
        return formatScoreText(one.card, one.index, one.answers.respondent, { color, width });
      }
      const { formatScoreTableText } = await import('../terminal/score-table-text.js');
      return formatScoreTableText(await table(input), {
        color: input.color,
        width: input.terminal ? input.width : undefined,
      });
    },
  },
  json: {
    description: 'cli.format.scoreJson',
    json: true,
    async render(input) {
      const one = input.single ? input.scored[0] : undefined;
      if (one) {
        const { buildScoreData } = await import('../data/build-score-data.js');
        return jsonPieces(buildScoreData(one.index, one.answers, one.card, input.generator));
      }
      return jsonPieces(await table(input));
    },
  },
  csv: {
    description: 'cli.format.scoreCsv',
    async render(input) {
      const { formatScoreTableCsv } = await import('./score-table-csv.js');
      return formatScoreTableCsv(await table(input));
    },
  },
  md: {
    description: 'cli.format.scoreMd',
    async render(input) {
      const { formatScoreTableMarkdown } = await import('./score-table-md.js');
      return formatScoreTableMarkdown(await table(input));
    },
  },
};

async function table(input: ScoreInput): Promise<ScoreTable> {
  const { buildScoreTable } = await import('../data/build-score-table.js');
  return buildScoreTable(input.scored, input.failed, input.sort, input.generator);
}
