import type { GroupScore, QuestionScore, Scorecard } from '../score/types.js';
import { aggregate, scoreAnswers } from '../score/index.js';
import { translator } from '../i18n/format.js';
import { chooseMode } from './choose-mode.js';
import { compareQuestion } from './classify.js';
import { diffVersions } from './diff-versions.js';
import type { AgreementRate, CompareInput, Comparison, GroupDelta, QuestionComparison } from './types.js';

/**
 * Compares two answers files of one checklist: both are scored against `input.index`, and every group and
 * question is compared over the questions both versions share with the same wording.
 */
export function compareAnswers(input: CompareInput): Comparison {
  const { base, current, index } = input;
  const versions = diffVersions(base, current, index);
  const baseCard = scoreAnswers(index, base.answers.answers);
  const currentCard = scoreAnswers(index, current.answers.answers);
  const comparable = new Set(versions.comparable);
  const pick = (card: Scorecard) => card.questions.filter((q) => comparable.has(q.id));
  const b = pick(baseCard);
  const c = pick(currentCard);
  const group = (id: string, label: string, member: (q: QuestionScore) => boolean, pillar?: string) =>
    delta(
      aggregate(id, label, b.filter(member), baseCard.bands),
      aggregate(id, label, c.filter(member), currentCard.bands),
      pillar,
    );
  const questions: QuestionComparison[] = [];
  c.forEach((q, i) => {
    const before = b[i];
    if (q.scored && before) questions.push(compareQuestion(before, q));
  });
  const { mode, reason } = chooseMode(base.answers.respondent, current.answers.respondent, input.mode);
  const overall = translator()('score.overall');
  const pillars = currentCard.pillars.map((p) => group(p.id, p.label, (q) => q.pillar === p.id));
  return {
    mode,
    modeReason: reason,
    versions,
    baseCard,
    currentCard,
    overall: group('overall', overall, () => true),
    pillars,
    themes: currentCard.themes.map((t) => group(t.id, t.label, (q) => q.themes.includes(t.id))),
    sections: currentCard.sections.map((s) => group(s.id, s.label, (q) => q.sectionId === s.id, s.pillar)),
    questions,
    agreement: {
      overall: rate('overall', overall, questions),
      pillars: pillars.map((p) =>
        rate(
          p.id,
          p.label,
          questions.filter((q) => q.current.pillar === p.id),
        ),
      ),
    },
  };
}

function delta(base: GroupScore, current: GroupScore, pillar?: string): GroupDelta {
  const diff = (a: number | undefined, z: number | undefined) =>
    a === undefined || z === undefined ? undefined : z - a;
  return {
    id: current.id,
    label: current.label,
    ...(pillar === undefined ? {} : { pillar }),
    base,
    current,
    delta: diff(base.percent, current.percent),
    coverageDelta: diff(base.coverage, current.coverage),
  };
}

function rate(id: string, label: string, questions: readonly QuestionComparison[]): AgreementRate {
  const compared = questions.filter((q) => q.agreement === 'agree' || q.agreement === 'differ').length;
  const agreed = questions.filter((q) => q.agreement === 'agree').length;
  return { id, label, compared, agreed, percent: compared > 0 ? (100 * agreed) / compared : undefined };
}
