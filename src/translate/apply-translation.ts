import type {
  Category,
  Checklist,
  ChecklistTranslation,
  Level,
  LocalizedString,
  Question,
  Section,
} from '../model/checklist.js';
import { categoryId } from '../model/checklist.js';
import { markTranslated } from '../model/translation-origin.js';
import { givenEntry } from './read-entries.js';

/**
 * A copy of a checklist with the text of a translation in place of its own: each translated field replaces the
 * field's text (every command then shows it, whatever language it asks `localize` for); a field the translation
 * lacks keeps the checklist's text. Ids, keys, values and conditions are the checklist's. The copy, its questions
 * and its scales are marked as translations (model/translation-origin.ts), so every digest is the original's.
 */
export function applyTranslation(checklist: Checklist, translation: ChecklistTranslation): Checklist {
  const entry = (path: readonly string[]): Readonly<Record<string, unknown>> =>
    givenEntry(translation, path) ?? {};
  const text = (own: LocalizedString, given: unknown): LocalizedString =>
    typeof given === 'string' && given.trim() !== '' ? given : own;
  const optional = (own: LocalizedString | undefined, given: unknown): LocalizedString | undefined =>
    own === undefined ? undefined : text(own, given);
  const levels = (scale: Level[], path: readonly string[]): Level[] =>
    markTranslated(
      scale.map((l) => {
        const e = entry([...path, l.key]);
        return withText(l, {
          label: text(l.label, e.label),
          description: optional(l.description, e.description),
        });
      }),
      scale,
    );
  const category = (group: string, c: Category): Category => {
    const e = entry([group, categoryId(c)]);
    if (typeof c === 'string') return typeof e.label === 'string' ? { id: c, label: e.label } : c;
    return withText(c, {
      label: optional(c.label, e.label) ?? e.label,
      description: optional(c.description, e.description),
    });
  };
  const about = entry(['about']);
  const copy: Checklist = {
    ...checklist,
    title: text(checklist.title, about.title),
    ...(checklist.description === undefined
      ? {}
      : { description: text(checklist.description, about.description) }),
    sources: checklist.sources.map((s) =>
      withText(s, { title: text(s.title, entry(['sources', s.id]).title) }),
    ),
    scale: levels(checklist.scale, ['scale']),
    ...(checklist.scales === undefined
      ? {}
      : {
          scales: Object.fromEntries(
            Object.entries(checklist.scales).map(([name, scale]) => [name, levels(scale, ['scales', name])]),
          ),
        }),
    bands: checklist.bands.map((b) => {
      const e = entry(['bands', String(b.min)]);
      return withText(b, {
        label: text(b.label, e.label),
        description: optional(b.description, e.description),
      });
    }),
    pillars: checklist.pillars.map((c) => category('pillars', c)),
    themes: checklist.themes.map((c) => category('themes', c)),
    ...(checklist.actors === undefined ? {} : { actors: checklist.actors.map((c) => category('actors', c)) }),
    sections: checklist.sections.map((s) => translateSection(s, entry)),
  };
  return markTranslated(copy, checklist);
}

type EntryAt = (path: readonly string[]) => Readonly<Record<string, unknown>>;

function translateSection(section: Section, entry: EntryAt): Section {
  const e = entry(['sections', section.id]);
  const title = typeof e.title === 'string' ? e.title : section.title;
  const description =
    section.description === undefined
      ? undefined
      : typeof e.description === 'string'
        ? e.description
        : section.description;
  return withText(section, {
    title,
    description,
    questions: section.questions.map((q) => translateQuestion(q, entry(['questions', q.id]))),
  });
}

function translateQuestion(question: Question, e: Readonly<Record<string, unknown>>): Question {
  const field = (own: LocalizedString | undefined, given: unknown): LocalizedString | undefined =>
    own !== undefined && typeof given === 'string' && given.trim() !== '' ? given : own;
  const labels = (e.options ?? {}) as Record<string, unknown>;
  const thresholds = (e.thresholds ?? {}) as Record<string, unknown>;
  const copy = withText(question, {
    text: field(question.text, e.text) ?? question.text,
    guidance: field(question.guidance, e.guidance),
    evidence: field(question.evidence, e.evidence),
    action: field(question.action, e.action),
    unit: typeof e.unit === 'string' && question.unit !== undefined ? e.unit : question.unit,
    options: question.options?.map((o) => withText(o, { label: field(o.label, labels[o.key]) ?? o.label })),
    thresholds: question.thresholds?.map((t) =>
      withText(t, { label: field(t.label, thresholds[String(t.min)]) }),
    ),
  });
  return markTranslated(copy, question);
}

/** `value` with the fields given set (an undefined one left out, as in the checklist). */
function withText<T extends object>(value: T, fields: Record<string, unknown>): T {
  const merged = Object.entries({ ...value, ...fields }).filter(([, v]) => v !== undefined);
  return Object.fromEntries(merged) as T;
}
