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

/** The respondent as one line: name (when given), country, organization, role and date. */
export function describeRespondent(file: AnswersFile): string {
  const t = translator();
  const r = file.respondent;
  const fields = {
    country: oneLine(r.country ?? '', 80),
    organization: oneLine(r.organization ?? '', 80),
    role: codeName('role', r.role ?? '', t),
    date: formatDate(r.date ?? ''),
  };
  return r.name
    ? t('interview.respondent.knownNamed', { name: oneLine(r.name, 80), ...fields })
    : t('interview.respondent.known', fields);
}

/** Asks the respondent details (country, organization, name, role, date) once, saving after each one. */
export async function askRespondent(session: Session): Promise<void> {
  const { prompter, file } = session;
  if (hasRespondent(file)) {
    prompter.print(describeRespondent(file));
    return;
  }
  prompter.print(translator()('interview.respondent.intro'));
  await askRespondentDetails(session);
}

/** Asks every respondent detail, each offered as it stands (Enter keeps it); from the review, to correct them. */
export async function askRespondentDetails(session: Session): Promise<void> {
  const { prompter, file } = session;
  const t = translator();
  const r = file.respondent;
  const required = (value: string): string | true =>
    value.trim() === ''
      ? t('interview.invalid.required')
      : value.trim().length > 500
        ? t('interview.invalid.tooLong', { max: 500, count: value.trim().length })
        : true;
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
  const name = (
    await prompter.input(t('interview.prompt.name'), {
      default: r.name ?? '',
      validate: (v) => (v.trim() === '' ? true : required(v)),
    })
  ).trim();
  if (name === '') delete r.name;
  else r.name = name;
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
