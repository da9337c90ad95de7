import type { Basis } from '../model/basis.js';
import type {
  Answer,
  AnswersFile,
  ChecklistIndex,
  Evidence as AnswerEvidence,
  IndexedQuestion,
} from '../model/checklist.js';
import type { QuestionScore, Scorecard } from '../score/types.js';
import type { Contributor, Evidence, Question, ReportData } from './data-types.js';
import { citationsData, questionText, rawAnswer } from './question-facts.js';
import { buildScoreDataCore } from './score-data-core.js';

/** The version tag of `report -f json` (docs/data-api.md says what changes it). */
export const REPORT_DATA_FORMAT = 'opsc-audit/report-data@1';

/** What changes the report data, as it changes the report. */
export interface ReportDataOptions {
  /** "opsc-audit 0.1.0". */
  generator: string;
  /** `--include-private`: keep evidence marked not public. */
  includePrivate: boolean;
  /** `--basis`: list only the gaps of these bases; every gap when not given. */
  basis?: readonly Basis[] | undefined;
}

/** What `report -f json` prints: the scores, the gaps the report lists and every question with its answer. */
export function buildReportData(
  index: ChecklistIndex,
  answers: AnswersFile,
  card: Scorecard,
  options: ReportDataOptions,
): ReportData {
  const scores = new Map(card.questions.map((q) => [q.id, q]));
  const { basis, includePrivate } = options;
  const shown = basis
    ? card.gaps.filter((id) => basis.includes(scores.get(id)?.basis ?? 'practice'))
    : card.gaps;
  const withheld = { count: 0 };
  const questions = card.questions.flatMap((q) => {
    const iq = index.byId.get(q.id);
    return iq ? [questionData(iq, q, answers.answers[q.id], index, { includePrivate, withheld })] : [];
  });
  return {
    format: REPORT_DATA_FORMAT,
    ...buildScoreDataCore(index, answers, card, options.generator, shown),
    ...(answers.contributors === undefined ? {} : { contributors: contributorsData(answers.contributors) }),
    gapFilter: { bases: basis ? [...basis] : null, shown: shown.length, total: card.gaps.length },
    privacy: { includePrivate, withheld: withheld.count },
    questions,
  };
}

/** The answers file's contributors as data, each with its key, in the file's order. */
function contributorsData(contributors: NonNullable<AnswersFile['contributors']>): Contributor[] {
  return Object.entries(contributors).map(([key, who]) => ({
    key,
    name: who.name ?? null,
    organization: who.organization ?? null,
    role: who.role ?? null,
    country: who.country ?? null,
    date: who.date ?? null,
  }));
}

interface Privacy {
  includePrivate: boolean;
  /** Counts evidence items left out because they are not public. */
  withheld: { count: number };
}

function questionData(
  iq: IndexedQuestion,
  q: QuestionScore,
  answer: Answer | undefined,
  index: ChecklistIndex,
  privacy: Privacy,
): Question {
  const { checklist } = index;
  const text = (value: string | undefined): string | null => (value?.trim() ? value.trim() : null);
  return {
    id: q.id,
    text: questionText(iq, checklist.language),
    section: q.sectionId,
    pillar: q.pillar,
    themes: [...q.themes],
    actors: [...q.actors],
    kind: iq.kind,
    basis: q.basis,
    weight: q.weight,
    status: q.status,
    scored: q.scored,
    answer: rawAnswer(answer, q.status),
    naReason: q.status === 'na' ? text(answer?.na?.reason) : null,
    score: q.value ?? null,
    max: q.max ?? null,
    target: q.target ?? null,
    percent: q.fraction === undefined ? null : 100 * q.fraction,
    gap: q.gap,
    dependsOn: [...q.dependsOn],
    notes: text(answer?.notes),
    ...(answer?.by === undefined ? {} : { by: [...answer.by] }),
    ...optional('responsibleEntity', text(answer?.responsible)),
    ...optional('targetDate', text(answer?.target)),
    evidence: evidenceData(answer?.evidence, privacy),
    citations: citationsData(checklist, iq.question.sources),
  };
}

/** A field present only when it has a value (the report data's optional answer fields). */
function optional<K extends string>(key: K, value: string | null): Partial<Record<K, string>> {
  return value === null ? {} : ({ [key]: value } as Record<K, string>);
}

/** The evidence the report shows: items marked not public only with --include-private (the others counted). */
function evidenceData(evidence: readonly AnswerEvidence[] | undefined, privacy: Privacy): Evidence[] {
  const out: Evidence[] = [];
  for (const e of evidence ?? []) {
    const isPublic = e.public !== false;
    if (!isPublic && !privacy.includePrivate) {
      privacy.withheld.count++;
      continue;
    }
    out.push({
      title: e.title,
      url: e.url?.trim() ? e.url.trim() : null,
      date: e.date ?? null,
      public: isPublic,
    });
  }
  return out;
}
