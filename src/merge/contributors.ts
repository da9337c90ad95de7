import type { AnswersFile, Contributor } from '../model/checklist.js';

/** The merged contributor table: one key per distinct person or body, whatever file names them. */
export interface ContributorTable {
  byKey: Record<string, Contributor>;
  /** Identity (name, organisation, role, country) to merged key. */
  byIdentity: Map<string, string>;
}

/** An empty table. */
export function newContributorTable(): ContributorTable {
  return { byKey: {}, byIdentity: new Map() };
}

/** The respondent of a file as a contributor: only the fields it has. */
export function respondentAsContributor(respondent: AnswersFile['respondent']): Contributor {
  const out: Contributor = {};
  for (const field of ['name', 'organization', 'role', 'country', 'date'] as const) {
    const value = respondent[field];
    if (value !== undefined && value.trim() !== '') Object.assign(out, { [field]: value });
  }
  return out;
}

/**
 * Adds a contributor, returning its merged key. The same person or body (same name, organisation, role and
 * country, ignoring case and spaces) keeps one key, with the later of their dates; `fallback` names one that has
 * no details at all (the file name).
 */
export function addContributor(table: ContributorTable, who: Contributor, fallback: string): string {
  const identity = JSON.stringify(
    [who.name, who.organization, who.role, who.country].map((v) => (v ?? '').trim().toLowerCase()),
  );
  const blank = identity === JSON.stringify(['', '', '', '']);
  const known = table.byIdentity.get(blank ? `file:${fallback}` : identity);
  if (known !== undefined) {
    const kept = table.byKey[known];
    if (kept && who.date !== undefined && (kept.date === undefined || who.date > kept.date))
      kept.date = who.date;
    return known;
  }
  const key = freeKey(table, slug(who.organization ?? who.name ?? who.country ?? fallback));
  table.byKey[key] = { ...who };
  table.byIdentity.set(blank ? `file:${fallback}` : identity, key);
  return key;
}

/** A short key from a name: lower-case ASCII letters and digits in dashed words, at most 40 characters. */
export function slug(text: string): string {
  const words = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w !== '');
  let key = '';
  for (const word of words) {
    const next = key === '' ? word : `${key}-${word}`;
    if (next.length > 36) break;
    key = next;
  }
  return key === '' ? 'respondent' : key;
}

function freeKey(table: ContributorTable, base: string): string {
  if (!(base in table.byKey)) return base;
  for (let n = 2; ; n++) if (!(`${base}-${String(n)}` in table.byKey)) return `${base}-${String(n)}`;
}
