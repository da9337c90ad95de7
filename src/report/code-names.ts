import type { MessageKey } from '../i18n/en.js';
import type { Translate } from '../i18n/format.js';

// The codes of the file formats and the command line that a reader sees: their names come from the catalog
// (in English, the code itself), so a report in another language does not show them in English.
const NAMES = {
  role: {
    government: 'words.role.government',
    ngo: 'words.role.ngo',
    nhri: 'words.role.nhri',
    un: 'words.role.un',
    consultant: 'words.role.consultant',
    other: 'words.role.other',
  },
  mode: { progress: 'words.mode.progress', divergence: 'words.mode.divergence' },
  basis: {
    obligation: 'words.basis.obligation',
    recommendation: 'words.basis.recommendation',
    practice: 'words.basis.practice',
  },
} as const satisfies Record<string, Record<string, MessageKey>>;

/** The kinds of code that have names: a respondent's `role`, a comparison's `mode`, a question's `basis`. */
export type CodeKind = keyof typeof NAMES;

/** The name a reader sees for a code (a respondent's role, a comparison's mode); an unknown code stays as it is. */
export function codeName(kind: CodeKind, code: string, t: Translate): string {
  const names: Readonly<Record<string, MessageKey>> = NAMES[kind];
  return Object.hasOwn(names, code) ? t(names[code] as MessageKey) : code;
}
