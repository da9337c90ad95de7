import type { AnswersFile, ChecklistIndex } from '../model/checklist.js';
import { localize } from '../model/checklist.js';
import { checklistDigest } from '../model/digest.js';
import type { QuestionScore, Scorecard } from '../score/types.js';
import type { Checklist, Gap, Respondent, ScoreData } from './data-types.js';
import { bandsData, groupData, sectionData } from './group-data.js';
import { actorNameMap, actorsData, citationsData, questionText, rawAnswer } from './question-facts.js';

/** The score data of one answers file without its format tag: what score-data and report-data share. */
export type ScoreDataCore = Omit<ScoreData, 'format'>;

/** The checklist the answers are scored against, as data. */
export function checklistData(index: ChecklistIndex): Checklist {
  const { checklist } = index;
  return {
    id: checklist.id,
    version: checklist.version,
    title: localize(checklist.title, checklist.language).trim(),
    language: checklist.language,
    digest: checklistDigest(checklist),
  };
}

/** Who answered, as the answers file says (the same fields a report prints). */
export function respondentData(respondent: AnswersFile['respondent']): Respondent {
  return {
    country: respondent.country ?? null,
    organization: respondent.organization ?? null,
    role: respondent.role ?? null,
    name: respondent.name ?? null,
    date: respondent.date ?? null,
  };
}

/** Every score of one answers file as data; `gapIds` are the gaps to list, ranked in that order. */
export function buildScoreDataCore(
  index: ChecklistIndex,
  answers: AnswersFile,
  card: Scorecard,
  generator: string,
  gapIds: readonly string[] = card.gaps,
): ScoreDataCore {
  const { bands } = card;
  const group = (g: Parameters<typeof groupData>[0]) => groupData(g, bands);
  return {
    generator,
    checklist: checklistData(index),
    respondent: respondentData(answers.respondent),
    bands: bandsData(bands),
    overall: group(card.overall),
    pillars: card.pillars.map(group),
    themes: card.themes.map(group),
    crossCutting: card.crossCutting.counts.total > 0 ? group(card.crossCutting) : null,
    sections: card.sections.map((s) => sectionData(s, bands)),
    actors: card.actors.map(group),
    frameworks: card.frameworks.map((f) => ({
      key: f.key,
      entries: f.entries.map(group),
      unmapped: f.unmapped.map((u) => ({ id: u.id, label: u.label })),
    })),
    draft: card.draft ? { ...card.draft } : null,
    dataGaps: [...card.dataGaps],
    unscored: [...card.unscored],
    gaps: gapsData(index, answers, card, gapIds),
  };
}

function gapsData(
  index: ChecklistIndex,
  answers: AnswersFile,
  card: Scorecard,
  gapIds: readonly string[],
): Gap[] {
  const { checklist } = index;
  const names = actorNameMap(checklist);
  const scores = new Map(card.questions.map((q) => [q.id, q]));
  return gapIds
    .flatMap((id) => {
      const iq = index.byId.get(id);
      const q = scores.get(id);
      if (!iq || !q) return [];
      return [
        {
          rank: 0,
          id,
          text: questionText(iq, checklist.language),
          gap: q.gap,
          basis: q.basis,
          weight: q.weight,
          status: gapStatus(q),
          answer: rawAnswer(answers.answers[id], q.status),
          score: q.value ?? null,
          max: q.max ?? null,
          target: q.target ?? null,
          actors: actorsData(q.actors, names),
          action: iq.question.action ? localize(iq.question.action, checklist.language).trim() : null,
          citations: citationsData(checklist, iq.question.sources),
        },
      ];
    })
    .map((gap, i) => ({ ...gap, rank: i + 1 }));
}

/** A gap is either answered below target or not in place by dependency (the scorer gives no other a gap). */
function gapStatus(q: QuestionScore): Gap['status'] {
  return q.status === 'absent' ? 'absent' : 'answered';
}
