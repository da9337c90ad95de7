import { categoryId, categoryLabel, type Category, type Checklist, type Level } from '../model/checklist.js';
import type { LocalizedString } from '../model/checklist.js';

/** A translatable field's English: a text, or (options, thresholds) a map of key to text. */
export type EnglishValue = string | Readonly<Record<string, string>>;

/** The English fields of one entry, in the order of ENTRY_FIELDS for its group (absent fields left out). */
export type EnglishFields = Readonly<Record<string, EnglishValue>>;

/** One translatable entry of a checklist: where it sits in a translation file, and the English it translates. */
export interface TranslationEntry {
  /** Keys from the top of the translation file: `['about']`, `['questions', 'PRV-LAW-01']`, `['scales', name, key]`. */
  readonly path: readonly string[];
  readonly group: EntryGroup;
  readonly english: EnglishFields;
}

/** The fields a translation may give, by group of entries, in the order the source hash reads them. */
export const ENTRY_FIELDS = {
  about: ['title', 'description'],
  sources: ['title'],
  scale: ['label', 'description'],
  scales: ['label', 'description'],
  bands: ['label', 'description'],
  pillars: ['label', 'description'],
  themes: ['label', 'description'],
  actors: ['label', 'description'],
  sections: ['title', 'description'],
  questions: ['text', 'guidance', 'options', 'thresholds', 'unit', 'evidence', 'action'],
} as const satisfies Record<string, readonly string[]>;

export type EntryGroup = keyof typeof ENTRY_FIELDS;

/** The fields of a question entry that are maps of key to text rather than one text. */
export const MAP_FIELDS: ReadonlySet<string> = new Set(['options', 'thresholds']);

/** Every translatable entry of a checklist, in the order a translation file lists them. */
export function checklistEntries(checklist: Checklist): TranslationEntry[] {
  const english = (value: LocalizedString | undefined): string | undefined =>
    value === undefined ? undefined : typeof value === 'string' ? value : value[checklist.language];
  const entries: TranslationEntry[] = [];
  const add = (group: EntryGroup, path: string[], fields: Record<string, EnglishValue | undefined>): void => {
    const kept: Record<string, EnglishValue> = {};
    for (const name of ENTRY_FIELDS[group]) {
      const value = fields[name];
      if (value !== undefined && (typeof value === 'string' || Object.keys(value).length > 0))
        kept[name] = value;
    }
    entries.push({ path, group, english: kept });
  };
  const level = (l: Level | { label: LocalizedString; description?: LocalizedString }) => ({
    label: english(l.label),
    description: english(l.description),
  });
  const category = (group: EntryGroup, c: Category): void => {
    const description = typeof c === 'string' ? undefined : english(c.description);
    add(group, [group, categoryId(c)], { label: categoryLabel(c, checklist.language), description });
  };

  add('about', ['about'], { title: english(checklist.title), description: english(checklist.description) });
  for (const s of checklist.sources) add('sources', ['sources', s.id], { title: english(s.title) });
  for (const l of checklist.scale) add('scale', ['scale', l.key], level(l));
  for (const [name, scale] of Object.entries(checklist.scales ?? {}))
    for (const l of scale) add('scales', ['scales', name, l.key], level(l));
  for (const b of checklist.bands) add('bands', ['bands', String(b.min)], level(b));
  for (const c of checklist.pillars) category('pillars', c);
  for (const c of checklist.themes) category('themes', c);
  for (const c of checklist.actors ?? []) category('actors', c);
  for (const s of checklist.sections)
    add('sections', ['sections', s.id], { title: english(s.title), description: english(s.description) });
  for (const s of checklist.sections) {
    for (const q of s.questions) {
      add('questions', ['questions', q.id], {
        text: english(q.text),
        guidance: english(q.guidance),
        options: labels(q.options?.map((o) => [o.key, english(o.label)])),
        thresholds: labels(q.thresholds?.map((t) => [String(t.min), english(t.label)])),
        unit: q.unit,
        evidence: english(q.evidence),
        action: english(q.action),
      });
    }
  }
  return entries;
}

function labels(pairs: [string, string | undefined][] | undefined): Record<string, string> | undefined {
  if (pairs === undefined) return undefined;
  const map: Record<string, string> = {};
  for (const [key, label] of pairs) if (label !== undefined) map[key] = label;
  return map;
}
