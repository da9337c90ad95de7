import type { Translate } from '../i18n/format.js';
import type { QuestionView, ActionView } from './view-types.js';

/** One row of the action table for a ranked gap, in plain words. */
export function buildActionRow(rank: number, v: QuestionView, t: Translate): ActionView {
  return {
    rank,
    anchor: actionAnchor(rank),
    id: v.id,
    questionAnchor: v.anchor,
    question: v.text,
    action: v.action ?? t('report.gapDefaultAction', { text: v.text }),
    actors: v.actors,
    current: v.answerText,
    target: v.targetText,
    change: t('report.actions.change', { current: v.answerText, target: v.targetText }),
    basis: v.basisText,
    citations: v.citations,
  };
}

/** The anchor of an action table row. */
export function actionAnchor(rank: number): string {
  return `action-${rank}`;
}

/**
 * Marks a question already in the action table: the annex then says "see action 3" instead of repeating its
 * action, actors and citations.
 */
export function markInActionTable(v: QuestionView, rank: number, t: Translate): void {
  v.actionRank = rank;
  v.seeAction = t('report.annex.seeAction', { rank });
}
