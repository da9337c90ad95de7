import type { Translate } from '../i18n/format.js';

/** A question a dependency rests on: its id, and its answer in words (undefined when it is itself not in place). */
export interface GateView {
  id: string;
  answer: string | undefined;
}

/**
 * Why a question is not in place by dependency, in the words the interview, `score` and reports share:
 * "Not in place (because PRO-HLP-01 is No)". `lang` is the language of `t`, for joining several gates.
 */
export function describeAbsence(gates: readonly GateView[], t: Translate, lang: string): string {
  const said = gates.map(({ id, answer }) =>
    answer === undefined ? t('status.gateAbsent', { id }) : t('status.gateAnswer', { id, answer }),
  );
  const joined = new Intl.ListFormat(lang, { type: 'conjunction' }).format(said);
  return t('status.absentBecause', { gates: joined });
}
