import type { Question } from './schema-types.js';

/** The normative basis of a question: why a State should have the measure it asks about. */
export type Basis = Question['basis'];

/** Every basis, strongest first: the order gaps are ranked in when their weighted gaps are equal. */
export const BASES: readonly Basis[] = ['obligation', 'recommendation', 'practice'];

/**
 * The weighting rule: the weights a question of each basis may carry, lowest and highest. A binding duty
 * always weighs at least as much as a recommendation, and a recommendation more than an example of practice;
 * within its range a question weighs more the more central the measure is. The only copy of the table:
 * `validate`, the default weight and every report's methodology read it from here.
 */
export const BASIS_WEIGHTS: Readonly<Record<Basis, { min: number; max: number }>> = {
  obligation: { min: 4, max: 5 },
  recommendation: { min: 3, max: 4 },
  practice: { min: 1, max: 2 },
};

/** A question's weight: its own, or else the lowest its basis allows (1 when the basis is missing or unknown). */
export function questionWeight(question: Pick<Question, 'weight' | 'basis'>): number {
  return question.weight ?? (BASIS_WEIGHTS[question.basis] as { min: number } | undefined)?.min ?? 1;
}

/** Rank of a basis in gap ranking: 0 for obligation, then recommendation, then practice; unknown last. */
export function basisRank(basis: string | undefined): number {
  const i = BASES.indexOf(basis as Basis);
  return i < 0 ? BASES.length : i;
}
