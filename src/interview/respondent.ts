import type { AnswersFile } from '../model/checklist.js';
import { oneLine } from '../text/sanitize.js';
import { calendarDate, isCalendarDate } from './answer-status.js';
import { commit, type Session } from './session.js';

type Role = NonNullable<AnswersFile['respondent']['role']>;

const ROLES: { value: Role; name: string }[] = [
  { value: 'government', name: 'Government' },
  { value: 'ngo', name: 'NGO or civil society' },
  { value: 'nhri', name: 'National human rights institution' },
  { value: 'un', name: 'United Nations' },
  { value: 'consultant', name: 'Consultant' },
  { value: 'other', name: 'Other' },
];

const required = (value: string): string | true => (value.trim() === '' ? 'Please enter a value.' : true);

/** True when every respondent detail the interview asks for is already recorded. */
export function hasRespondent(file: AnswersFile): boolean {
  const r = file.respondent;
  return Boolean(r.country && r.organization && r.role && r.date);
}

/** Asks the respondent details (country, organization, role, date), saving after each one. */
export async function askRespondent(session: Session): Promise<void> {
  const { prompter, file } = session;
  const r = file.respondent;
  if (hasRespondent(file)) {
    prompter.print(
      `Respondent: ${oneLine(r.country ?? '', 80)}, ${oneLine(r.organization ?? '', 80)} (${r.role ?? ''}), ${r.date ?? ''}`,
    );
    return;
  }
  prompter.print('\nAbout you (recorded in the answers file and shown in reports).');
  r.country = (await prompter.input('Country', { default: r.country ?? '', validate: required })).trim();
  await commit(session);
  r.organization = (
    await prompter.input('Organization', { default: r.organization ?? '', validate: required })
  ).trim();
  await commit(session);
  r.role = await prompter.select('Your role', ROLES, r.role ? { default: r.role } : {});
  await commit(session);
  r.date = (
    await prompter.input('Date of the assessment (YYYY-MM-DD)', {
      default: r.date ?? calendarDate(session.now()),
      validate: (v) => (isCalendarDate(v.trim()) ? true : 'Please enter a date as YYYY-MM-DD.'),
    })
  ).trim();
  await commit(session);
}
