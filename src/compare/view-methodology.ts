/** How the comparison is made, in words: the scoring formula, the kinds of change, and version handling. */
export function describeMethodology(
  mode: 'progress' | 'divergence',
  labels: { base: string; current: string },
): string[] {
  const common = [
    'Both files are scored with the same method as the gap-analysis report (opsc-audit report): each scored question q has a weight w(q), an answer value v(q) and a top value m, and scores s(q) = v(q) / m; a group score is Σ w·s / Σ w over its applicable questions, as a percentage. “Not applicable” leaves the denominator; “don’t know” and unanswered stay in it at 0. Coverage is answered / applicable.',
    'Questions are matched by id. A question added, removed or reworded between the checklist versions the two files were made against (its wording is recorded in each answer as a digest) is listed under “Checklist versions” and left out of every score and change in this report, so that both sides are scored over the same questions. Unscored questions (free text, numbers without thresholds) are not compared.',
    `Differences in scores are given in percentage points (pts): the score in ${labels.current} minus the score in ${labels.base}, rounded for display only.`,
  ];
  if (mode === 'progress') {
    return [
      ...common,
      `A question improved or regressed when it was answered in both ${labels.base} and ${labels.current} and its score s(q) went up or down; it was newly answered when it had no scored answer (“don’t know”, not applicable or none) in ${labels.base} and has one in ${labels.current}, and dropped in the opposite case.`,
      'A gap is closed when the question was below its target in the base file and is at its target now; a gap is opened in the opposite case. The gap of a question is w · (target − v) / m when positive.',
    ];
  }
  return [
    ...common,
    'Two answers agree when both sides gave a scored answer with the same score. The agreement rate is agreed / both answered. Differences are ranked by w(q) · |s(base) − s(current)|: the size of the difference as a share of the top of the scale, times the question’s weight.',
    'A question answered by one side only is listed separately, with what the other side said (“don’t know”, not applicable, or no answer); it does not count in the agreement rate.',
  ];
}
