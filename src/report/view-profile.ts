import type { AnswersFile } from '../model/checklist.js';
import { contributorName } from '../model/contributor-name.js';
import type { MessageKey } from '../i18n/en.js';
import type { Translate } from '../i18n/format.js';
import type { GroupScore, Scorecard } from '../score/types.js';
import { codeName } from './code-names.js';
import { describeExtremes, toScoreRow } from './view-scores.js';
import type { ProfileView, ReportView } from './view-types.js';

/** How many strongest and weakest areas page 1 names. */
export const AREAS = 3;

/** What the profile needs beside the scorecard: the respondent, the coverage and the checklist, already in words. */
export interface ProfileInput {
  respondent: AnswersFile['respondent'];
  /** Everyone who gave answers, when the file names them (a merged file). */
  contributors?: AnswersFile['contributors'];
  /** The respondent's date, formatted. */
  date: string | null;
  checklist: ReportView['checklist'];
  detail: ReportView['detail'];
}

/** Page 1 of the report: the title with country and organisation, the scores, the strongest and weakest areas. */
export function buildProfile(card: Scorecard, input: ProfileInput, t: Translate): ProfileView {
  const r = input.respondent;
  const { strongest, weakest } = pickAreas(card.sections);
  const fact = (label: MessageKey, value: string | undefined | null, user = true): ProfileView['facts'] =>
    value ? [{ label: t(label), value, user }] : [];
  return {
    kicker: t(input.detail === 'full' ? 'report.profile.kickerFull' : 'report.profile.kicker'),
    title: profileTitle(r, input.checklist.title, t),
    overall: toScoreRow(card.overall, card, t),
    pillars: card.pillars.map((g) => toScoreRow(g, card, t)),
    strongest: strongest.map((g) => toScoreRow(g, card, t)),
    weakest: weakest.map((g) => toScoreRow(g, card, t)),
    areasNote: t('report.profile.areasNote', { count: strongest.length + weakest.length }),
    themes: describeExtremes('theme', card.themes, card, t) ?? null,
    dataGaps: card.dataGaps.length > 0 ? t('report.summary.dataGaps', { count: card.dataGaps.length }) : null,
    facts: [
      ...fact(
        'common.checklist',
        t('report.profile.checklistValue', {
          title: input.checklist.title,
          id: input.checklist.id,
          version: input.checklist.version,
        }),
        false,
      ),
      ...fact('common.country', r.country),
      ...fact('common.organization', r.organization),
      ...fact('common.role', r.role ? codeName('role', r.role, t) : null, false),
      ...fact('common.respondent', r.name),
      ...fact('common.date', input.date, false),
    ],
    contributors: describeContributors(input.contributors, t),
  };
}

/** The contributors in words, one line each: organisation and name, then role; null when there are none. */
export function describeContributors(
  contributors: AnswersFile['contributors'],
  t: Translate,
): ProfileView['contributors'] {
  const people = Object.entries(contributors ?? {}).map(([key, c]) => {
    const who = contributorName(c, key, (organization, name) =>
      t('report.profile.contributorNamed', { organization, name }),
    );
    return c.role ? t('report.profile.contributorRole', { who, role: codeName('role', c.role, t) }) : who;
  });
  return people.length === 0 ? null : { label: t('report.profile.contributors'), people };
}

/** "Veloria: Ministry of Justice — self-assessment against …"; the checklist title when neither name is given. */
export function profileTitle(r: AnswersFile['respondent'], checklist: string, t: Translate): string {
  const country = r.country?.trim();
  const organization = r.organization?.trim();
  const self = r.role === 'government';
  if (country && organization)
    return t(self ? 'report.profile.titleBothSelf' : 'report.profile.titleBoth', {
      country,
      organization,
      checklist,
    });
  if (country)
    return t(self ? 'report.profile.titleCountrySelf' : 'report.profile.titleCountry', {
      country,
      checklist,
    });
  if (organization)
    return t(self ? 'report.profile.titleOrganizationSelf' : 'report.profile.titleOrganization', {
      organization,
      checklist,
    });
  return checklist;
}

/**
 * The strongest and weakest areas: sections with a score and at least half their applicable questions assessed
 * (a mostly unassessed section says nothing about strength), best first and worst first, never the same section
 * twice; ties keep checklist order.
 */
export function pickAreas(sections: readonly GroupScore[]): {
  strongest: GroupScore[];
  weakest: GroupScore[];
} {
  const scored = sections.filter((g) => g.percent !== undefined && g.enough);
  const best = [...scored].sort((a, b) => (b.percent ?? 0) - (a.percent ?? 0));
  const strongest = best.slice(0, Math.min(AREAS, Math.ceil(scored.length / 2)));
  const taken = new Set(strongest.map((g) => g.id));
  const worst = [...scored].sort((a, b) => (a.percent ?? 0) - (b.percent ?? 0));
  return { strongest, weakest: worst.filter((g) => !taken.has(g.id)).slice(0, AREAS) };
}
