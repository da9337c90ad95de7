import type { Finding } from '../model/diagnostic.js';
import type { Checklist, ChecklistTranslation } from '../model/checklist.js';
import { translator } from '../i18n/format.js';
import { checklistEntries, MAP_FIELDS, type TranslationEntry } from '../translate/entries.js';
import { givenEntry, givenPaths } from '../translate/read-entries.js';
import { sourceHash } from '../translate/source-hash.js';
import { structureDifferences } from '../translate/structure.js';

/**
 * What a schema-valid translation file lacks or gets wrong against its checklist: missing entries and fields
 * (warnings: the English is shown), outdated entries (their `source` is not the hash of the current English),
 * unknown ids and keys, fields the English does not have, and a language the tool does not speak or the
 * checklist's own (errors). `languages` are the tool's.
 */
export function translationFileFindings(
  file: ChecklistTranslation,
  checklist: Checklist,
  languages: readonly string[],
): Finding[] {
  const t = translator();
  const findings: Finding[] = [];
  const own = file.language === checklist.language;
  if (own || !languages.includes(file.language)) {
    const others = languages.filter((l) => l !== checklist.language).join(', ');
    findings.push({
      code: 'translation-language',
      severity: 'error',
      path: ['language'],
      message: own
        ? t('validate.translation-language.own', { language: file.language })
        : t('validate.translation-language.unknown', { language: file.language, languages: others }),
    });
    // Entry by entry checks would only repeat that the file is in the wrong language.
    return findings;
  }
  const entries = checklistEntries(checklist);
  const known = new Set(entries.map((e) => e.path.join('\u0000')));
  for (const path of givenPaths(file)) {
    if (!known.has(path.join('\u0000')))
      findings.push({
        code: 'translation-unknown',
        severity: 'error',
        path,
        atKey: true,
        message: t('validate.translation-unknown.entry', { entry: path.join('.'), checklist: checklist.id }),
      });
  }
  const unstamped: (readonly string[])[] = [];
  for (const entry of entries) {
    const given = givenEntry(file, entry.path);
    const name = entry.path.join('.');
    if (given === undefined || given === null || !hasText(given)) {
      if (Object.keys(entry.english).length > 0)
        findings.push({
          code: 'translation-missing',
          severity: 'warning',
          // At the entry's key when it is there (empty), else at the key of the group it belongs in.
          path: existingPrefix(file, entry.path),
          atKey: true,
          message: t('validate.translation-missing.entry', { entry: name }),
        });
      continue;
    }
    findings.push(...fieldFindings(entry, given));
    const source = given.source;
    if (source === undefined) unstamped.push(entry.path);
    else if (typeof source !== 'string' || source !== sourceHash(entry.english))
      findings.push({
        code: 'translation-outdated',
        severity: 'warning',
        path: [...entry.path, 'source'],
        message: t('validate.translation-outdated', { entry: name }),
      });
  }
  const first = unstamped[0];
  if (first)
    findings.push({
      code: 'translation-unstamped',
      severity: 'warning',
      path: first,
      atKey: true,
      message: t('validate.translation-unstamped', { count: unstamped.length, entry: first.join('.') }),
    });
  return findings;
}

/** Fields the entry gives that the English lacks, keys unknown to the checklist, fields left out, structure. */
function fieldFindings(entry: TranslationEntry, given: Readonly<Record<string, unknown>>): Finding[] {
  const t = translator();
  const name = entry.path.join('.');
  const findings: Finding[] = [];
  for (const field of Object.keys(given)) {
    if (field === 'source') continue;
    const english = entry.english[field];
    if (english === undefined) {
      findings.push({
        code: 'translation-extra-field',
        severity: 'error',
        path: [...entry.path, field],
        atKey: true,
        message: t('validate.translation-extra-field', { entry: name, field }),
      });
      continue;
    }
    const value = given[field];
    if (typeof english === 'string') {
      if (typeof value !== 'string') continue;
      for (const what of structureDifferences(english, value))
        findings.push({
          code: 'translation-structure',
          severity: 'warning',
          path: [...entry.path, field],
          message: t(STRUCTURE_MESSAGES[what], { entry: name, field }),
        });
      continue;
    }
    const labels = (value ?? {}) as Record<string, unknown>;
    for (const key of Object.keys(labels))
      if (!Object.hasOwn(english, key))
        findings.push({
          code: 'translation-unknown',
          severity: 'error',
          path: [...entry.path, field, key],
          atKey: true,
          message: t('validate.translation-unknown.key', { entry: name, field, key }),
        });
  }
  const missing: string[] = [];
  for (const [field, english] of Object.entries(entry.english)) {
    const value = given[field];
    if (value === undefined) missing.push(field);
    else if (MAP_FIELDS.has(field) && typeof english !== 'string')
      for (const key of Object.keys(english))
        if (!Object.hasOwn(value as object, key)) missing.push(`${field}.${key}`);
  }
  if (missing.length > 0)
    findings.push({
      code: 'translation-missing',
      severity: 'warning',
      path: entry.path,
      atKey: true,
      message: t('validate.translation-missing.fields', { entry: name, fields: missing.join(', ') }),
    });
  return findings;
}

const STRUCTURE_MESSAGES = {
  placeholders: 'validate.translation-structure.placeholders',
  lists: 'validate.translation-structure.lists',
  bold: 'validate.translation-structure.bold',
} as const;

/** The longest start of `path` that the file has (empty when not even the group is there). */
function existingPrefix(file: ChecklistTranslation, path: readonly string[]): readonly string[] {
  let node: unknown = file;
  let depth = 0;
  for (const key of path) {
    if (node === null || typeof node !== 'object' || !Object.hasOwn(node, key)) break;
    node = (node as Record<string, unknown>)[key];
    depth++;
  }
  return path.slice(0, depth);
}

/** Whether an entry gives any translated text (a field other than `source`). */
function hasText(given: Readonly<Record<string, unknown>>): boolean {
  return Object.keys(given).some((k) => k !== 'source');
}
