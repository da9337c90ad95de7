import type { Answer, Category, ChecklistIndex } from '../model/checklist.js';
import { categoryId, categoryLabel, localize } from '../model/checklist.js';
import { applicability, gateOf } from '../model/applicability.js';
import { translator } from '../i18n/format.js';
import { aggregate } from './aggregate.js';
import { rankGaps } from './rank-gaps.js';
import { scoreQuestion } from './score-question.js';
import { frameworkScores } from './framework-scores.js';
import type { BandInfo, CellScore, GroupScore, QuestionScore, Scorecard, SectionScore } from './types.js';

/** Scores an answers map against an indexed checklist: every question, section, pillar, theme and actor. */
export function scoreAnswers(index: ChecklistIndex, answers: Readonly<Record<string, Answer>>): Scorecard {
  const { checklist } = index;
  const lang = checklist.language;
  const applies = applicability(index, { ...answers });
  const questions = index.questions.map((q) =>
    scoreQuestion(q, answers[q.question.id], gateOf(applies, q.question.id)),
  );
  const bands: BandInfo[] = checklist.bands.map((b) => ({ min: b.min, label: localize(b.label, lang) }));
  const group = (id: string, label: string, pick: (q: QuestionScore) => boolean): GroupScore =>
    aggregate(id, label, questions.filter(pick), bands);
  const byCategory = (categories: readonly Category[], pick: (q: QuestionScore, id: string) => boolean) =>
    categories.map((c) => {
      const id = categoryId(c);
      return group(id, categoryLabel(c, lang), (q) => pick(q, id));
    });

  const sections: SectionScore[] = checklist.sections.map((s) => ({
    ...group(s.id, localize(s.title, lang), (q) => q.sectionId === s.id),
    pillar: s.pillar,
  }));
  const matrix: CellScore[] = [];
  for (const p of checklist.pillars) {
    for (const t of checklist.themes) {
      const pillar = categoryId(p);
      const theme = categoryId(t);
      const cell = group(
        `${pillar}/${theme}`,
        `${categoryLabel(p, lang)} / ${categoryLabel(t, lang)}`,
        (q) => q.pillar === pillar && q.themes.includes(theme),
      );
      matrix.push({ ...cell, pillar, theme });
    }
  }
  const crossCuttingCells: CellScore[] = checklist.pillars.map((p) => {
    const pillar = categoryId(p);
    const label = `${categoryLabel(p, lang)} / ${translator()('score.crossCutting')}`;
    const cell = group(`${pillar}/cross-cutting`, label, (q) => q.pillar === pillar && q.themes.length === 0);
    return { ...cell, pillar, theme: 'cross-cutting' };
  });
  const overall = group('overall', translator()('score.overall'), () => true);
  return {
    checklist: { id: checklist.id, version: checklist.version },
    bands,
    overall,
    pillars: byCategory(checklist.pillars, (q, id) => q.pillar === id),
    themes: byCategory(checklist.themes, (q, id) => q.themes.includes(id)),
    crossCutting: group('cross-cutting', translator()('score.crossCutting'), (q) => q.themes.length === 0),
    actors: byCategory(actorsOf(index), (q, id) => q.actors.includes(id)),
    sections,
    matrix,
    crossCuttingCells,
    frameworks: frameworkScores(index, questions, bands),
    questions,
    gaps: rankGaps(questions).map((q) => q.id),
    unscored: questions.filter((q) => !q.scored).map((q) => q.id),
    dataGaps: questions.filter((q) => q.scored && q.status === 'unknown').map((q) => q.id),
    draft:
      overall.counts.unanswered > 0
        ? { unassessed: overall.counts.unanswered, total: overall.counts.total }
        : undefined,
  };
}

/** The declared actors, or else those the questions name, in order of first use. */
function actorsOf(index: ChecklistIndex): Category[] {
  if (index.checklist.actors) return index.checklist.actors;
  const seen = new Set<string>();
  for (const q of index.questions) for (const a of q.question.actors ?? []) seen.add(a);
  return [...seen];
}
