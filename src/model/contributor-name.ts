import type { Contributor } from './checklist.js';

/**
 * A contributor named as briefly as its details allow: organisation and name through `both` when it has the two,
 * else whichever of organisation, name or country it has, else its key in the file.
 */
export function contributorName(
  who: Contributor | undefined,
  key: string,
  both?: (organization: string, name: string) => string,
): string {
  const name = who?.name?.trim();
  const organization = who?.organization?.trim();
  if (both && name && organization) return both(organization, name);
  return organization || name || who?.country?.trim() || key;
}
