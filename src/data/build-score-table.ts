import type { AnswersFile, ChecklistIndex } from '../model/checklist.js';
import type { Scorecard } from '../score/types.js';
import { basename } from '../text/file-name.js';
import type {
  Checklist,
  ScoreTable,
  ScoreTableFailure,
  ScoreTableGroup,
  ScoreTableRow,
} from './data-types.js';
import { bandsData, groupData } from './group-data.js';
import { checklistData, respondentData } from './score-data-core.js';
import { sortScoreRows, type ScoreSort } from './score-table-sort.js';

/** The version tag of `score -f json` for several files (docs/data-api.md says what changes it). */
export const SCORE_TABLE_FORMAT = 'opsc-audit/score-table@1';

/** One answers file scored: the path as given, the checklist it was scored against, its answers and scores. */
export interface ScoredFile {
  file: string;
  index: ChecklistIndex;
  answers: AnswersFile;
  card: Scorecard;
}

/** An answers file that could not be scored: the path as given and why (an AnswersProblem code). */
export interface UnscoredFile {
  file: string;
  problem: ScoreTableFailure['problem'];
}

/**
 * The table of several answers files: one group per checklist (same id, version and content, in the order each
 * first appears), a row per file in `sort` order, and the files that failed. Files are named by base name only.
 */
export function buildScoreTable(
  scored: readonly ScoredFile[],
  failed: readonly UnscoredFile[],
  sort: ScoreSort,
  generator: string,
): ScoreTable {
  // Grouped by the checklist's content (id, version, digest), each loaded checklist described once.
  const described = new Map<ChecklistIndex, Checklist>();
  const groups = new Map<string, { checklist: Checklist; entries: ScoredFile[] }>();
  for (const entry of scored) {
    let checklist = described.get(entry.index);
    if (!checklist) described.set(entry.index, (checklist = checklistData(entry.index)));
    const key = [checklist.id, checklist.version, checklist.digest].join('\0');
    const group = groups.get(key) ?? { checklist, entries: [] };
    group.entries.push(entry);
    groups.set(key, group);
  }
  const tables = [...groups.values()].map((g) => tableOf(g.checklist, g.entries, sort));
  return {
    format: SCORE_TABLE_FORMAT,
    generator,
    sort,
    tables,
    failed: failed.map((f) => ({ file: basename(f.file), problem: f.problem })),
  };
}

function tableOf(checklist: Checklist, entries: readonly ScoredFile[], sort: ScoreSort): ScoreTableGroup {
  const bands = entries[0]?.card.bands ?? [];
  const rows = entries.map((entry): ScoreTableRow => {
    const { card } = entry;
    return {
      file: basename(entry.file),
      respondent: respondentData(entry.answers.respondent),
      overall: groupData(card.overall, card.bands),
      pillars: card.pillars.map((g) => groupData(g, card.bands)),
      draft: card.draft ? { ...card.draft } : null,
    };
  });
  // Every card of one checklist has its pillars, in checklist order.
  const pillars = (entries[0]?.card.pillars ?? []).map((g) => ({ id: g.id, label: g.label }));
  return {
    checklist,
    bands: bandsData(bands),
    pillars,
    rows: sortScoreRows(rows, sort),
  };
}
