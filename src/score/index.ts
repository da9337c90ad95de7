export type {
  BandInfo,
  CellScore,
  GroupScore,
  QuestionScore,
  QuestionStatus,
  Scorecard,
  SectionScore,
  StatusCounts,
} from './types.js';
export { scoreAnswers } from './score-answers.js';
export { bandFor } from './bands.js';
export { rankGaps } from './rank-gaps.js';
export { aggregate } from './aggregate.js';
