import type { AnswersFile } from '../model/checklist.js';
import { oneLine } from '../text/sanitize.js';
import { calendarDate } from './answer-status.js';
import { isCalendarDate } from '../text/calendar-date.js';
import { commit, type Session } from './session.js';
import type { MessageKey } from '../i18n/en.js';
import { formatDate } from '../text/format-date.js';
import { translator } from '../i18n/format.js';
import { codeName } from '../report/code-names.js';

type Role = NonNullable<AnswersFile['respondent']['role']>;

// The roles a respondent can choose, in the order offered, with the catalog key of each one's name.
const ROLES: Readonly<Record<Role, MessageKey>> = {
  government: 'interview.role.government',
  ngo: 'interview.role.ngo',
  nhri: 'interview.role.nhri',
  un: 'interview.role.un',
  consultant: 'interview.role.consultant',
  other: 'interview.role.other',
};

/** True when every respondent detail the interview asks for is already recorded. */
export function hasRespondent(file: AnswersFile): boolean {
  const r = file.respondent;
  return Boolean(r.country && r.organization && r.role && r.date);
}

/** Asks the respondent details (country, organization, role, date), saving after each one. */
export async function askRespondent(session: Session): Promise<void> {
  const { prompter, file } = session;
  const t = translator();
  const r = file.respondent;
  if (hasRespondent(file)) {
    prompter.print(
      t('interview.respondent.known', {
        country: oneLine(r.country ?? '', 80),
        organization: oneLine(r.organization ?? '', 80),
        role: codeName('role', r.role ?? '', t),
        date: formatDate(r.date ?? ''),
      }),
    );
    return;
  }
  const required = (value: string): string | true =>
    value.trim() === '' ? t('interview.invalid.required') : true;
  prompter.print(t('interview.respondent.intro'));
  r.country = (
    await prompter.input(t('interview.prompt.country'), { default: r.country ?? '', validate: required })
  ).trim();
  await commit(session);
  r.organization = (
    await prompter.input(t('interview.prompt.organization'), {
      default: r.organization ?? '',
      validate: required,
    })
  ).trim();
  await commit(session);
  const roles = Object.entries(ROLES).map(([value, key]) => ({ value: value as Role, name: t(key) }));
  r.role = await prompter.select(t('interview.prompt.role'), roles, r.role ? { default: r.role } : {});
  await commit(session);
  r.date = (
    await prompter.input(t('interview.prompt.date'), {
      default: r.date ?? calendarDate(session.now()),
      validate: (v) => (isCalendarDate(v.trim()) ? true : t('interview.invalid.date')),
    })
  ).trim();
  await commit(session);
}
