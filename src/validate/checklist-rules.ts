import type { Finding } from '../model/diagnostic.js';
import type { Checklist, Citation, Level, Question, Source } from '../model/checklist.js';
import { categoryId, indexChecklist, namedScale } from '../model/checklist.js';
import { answerKind, KIND_FIELDS, kindsTaking, type KindField } from '../model/answer-kinds/index.js';
import type { MessageKey } from '../i18n/en.js';
import { translator, type Translate } from '../i18n/format.js';
import { conditionFindings } from './condition-rules.js';
import { translationFindings } from './translation-rules.js';
import { basisFindings } from './basis-rules.js';
import { frameworkFindings } from './framework-rules.js';
import { themeFindings } from './theme-rules.js';
import { bandFindings } from './band-rules.js';
import { isCalendarDate } from '../text/calendar-date.js';

type Path = (string | number)[];

/** Semantic checks on a schema-valid checklist, beyond what the JSON Schema can say. */
export function checkChecklist(checklist: Checklist): Finding[] {
  const t = translator();
  const findings: Finding[] = [];
  const error = (code: Finding['code'], path: Path, message: string, atKey = false): void => {
    findings.push({ code, severity: 'error', path, message, atKey });
  };
  const warn = (code: Finding['code'], path: Path, message: string): void => {
    findings.push({ code, severity: 'warning', path, message });
  };

  uniqueBy(checklist.sources, (s) => s.id, ['sources'], 'id', 'validate.duplicate-id.source', t, error);
  uniqueBy(checklist.pillars, categoryId, ['pillars'], null, 'validate.duplicate-id.pillar', t, error);
  uniqueBy(checklist.themes, categoryId, ['themes'], null, 'validate.duplicate-id.theme', t, error);
  if (checklist.actors)
    uniqueBy(checklist.actors, categoryId, ['actors'], null, 'validate.duplicate-id.actor', t, error);
  checkScale(checklist.scale, ['scale'], t, error);
  for (const [name, scale] of Object.entries(checklist.scales ?? {}))
    checkScale(scale, ['scales', name], t, error);
  checklist.bands.forEach((band, i) => {
    const prev = checklist.bands[i - 1];
    if (i === 0 && band.min !== 0) error('band-order', ['bands', 0, 'min'], t('validate.band-order.first'));
    if (prev && band.min <= prev.min) {
      error(
        'band-order',
        ['bands', i, 'min'],
        t('validate.band-order', { previous: String(prev.min), next: String(band.min) }),
      );
    }
  });

  checklist.sources.forEach((s, i) => {
    // The schema takes YYYY, YYYY-MM or YYYY-MM-DD; only the calendar can say that 2016-02-31 is no date.
    if (s.date !== undefined && s.date.length === 10 && !isCalendarDate(s.date))
      error('schema', ['sources', i, 'date'], t('validate.schema.calendarDate', { date: s.date }));
  });
  const sources = new Map(checklist.sources.map((s) => [s.id, s]));
  const pillars = new Set(checklist.pillars.map(categoryId));
  const themes = new Set(checklist.themes.map(categoryId));
  const actors = checklist.actors ? new Set(checklist.actors.map(categoryId)) : undefined;
  const sectionIds = new Map<string, number>();
  const questionIds = new Map<string, string>();
  const usedPillars = new Set<string>();

  checklist.sections.forEach((section, si) => {
    const sPath: Path = ['sections', si];
    const firstSection = sectionIds.get(section.id);
    if (firstSection !== undefined) {
      error(
        'duplicate-id',
        [...sPath, 'id'],
        t('validate.duplicate-id.section', { id: section.id, number: firstSection + 1 }),
      );
    } else sectionIds.set(section.id, si);
    if (!pillars.has(section.pillar)) {
      error('unknown-pillar', [...sPath, 'pillar'], t('validate.unknown-pillar', { pillar: section.pillar }));
    } else usedPillars.add(section.pillar);

    // Once per question of a checklist that may hold ten thousand: loops without closures, and paths made only
    // for the findings that need them.
    section.questions.forEach((q, qi) => {
      const qPath: Path = ['sections', si, 'questions', qi];
      const first = questionIds.get(q.id);
      if (first !== undefined) {
        error(
          'duplicate-id',
          [...qPath, 'id'],
          t('validate.duplicate-id.question', { id: q.id, section: first }),
        );
      } else questionIds.set(q.id, section.id);
      const qThemes = q.themes ?? NONE;
      for (let i = 0; i < qThemes.length; i++) {
        const theme = qThemes[i] ?? '';
        if (!themes.has(theme))
          error('unknown-theme', [...qPath, 'themes', i], t('validate.unknown-theme', { theme }));
      }
      const qActors = actors ? (q.actors ?? NONE) : NONE;
      for (let i = 0; i < qActors.length; i++) {
        const a = qActors[i] ?? '';
        if (!actors?.has(a))
          error('unknown-actor', [...qPath, 'actors', i], t('validate.unknown-actor', { actor: a }));
      }
      const cites = q.sources ?? NONE;
      for (let i = 0; i < cites.length; i++) {
        const cite = cites[i];
        if (cite) checkCite(cite, sources.get(cite.source), qPath, i, t, error);
      }
      checkQuestionShape(checklist, q, qPath, t, error, warn);
      pushAll(findings, basisFindings(q, qPath));
      pushAll(findings, frameworkFindings(q, qPath));
    });
  });

  checklist.pillars.forEach((p, i) => {
    if (!usedPillars.has(categoryId(p)))
      warn('empty-pillar', ['pillars', i], t('validate.empty-pillar', { pillar: categoryId(p) }));
  });

  const index = indexChecklist(checklist);
  findings.push(...themeFindings(checklist));
  findings.push(...bandFindings(checklist));
  findings.push(...conditionFindings(index));
  findings.push(...translationFindings(checklist));
  return findings;
}

/** A question's citation of a source (its `index` in the question at `qPath`): the source exists, and its
 * paragraph is well formed and within it. */
function checkCite(
  cite: Citation,
  source: Source | undefined,
  qPath: Path,
  index: number,
  t: Translate,
  error: (code: Finding['code'], path: Path, message: string) => void,
): void {
  if (!source) {
    error(
      'unknown-source',
      [...qPath, 'sources', index, 'source'],
      t('validate.unknown-source', { source: cite.source }),
    );
    return;
  }
  if (source.paragraphs === undefined) return;
  const para = String(cite.para);
  if (!PARAGRAPH.test(para)) {
    error(
      'paragraph-malformed',
      [...qPath, 'sources', index, 'para'],
      t('validate.paragraph-malformed', { para }),
    );
    return;
  }
  // The paragraph's number is its leading digits (`12` of `12(b)(ii)`).
  const number = Number.parseInt(para, 10);
  if (number < 1 || number > source.paragraphs) {
    error(
      'paragraph-out-of-range',
      [...qPath, 'sources', index, 'para'],
      t('validate.paragraph-out-of-range', { para, source: source.id, last: String(source.paragraphs) }),
    );
  }
}

const NONE: readonly never[] = [];

/** Appends items with an index (a `for...of` makes an iterator, and one result per item, in unoptimized code). */
function pushAll<T>(target: T[], items: readonly T[]): void {
  for (let i = 0; i < items.length; i++) target.push(items[i] as T);
}

/** A paragraph: its number, then any sub-paragraphs in brackets (`12(b)(ii)`). */
const PARAGRAPH = /^\d+(\([a-z0-9]+\))*$/;

function checkQuestionShape(
  checklist: Checklist,
  q: Question,
  qPath: Path,
  t: Translate,
  error: (code: Finding['code'], path: Path, message: string, atKey?: boolean) => void,
  warn: (code: Finding['code'], path: Path, message: string) => void,
): void {
  const kind = answerKind(q);
  for (let i = 0; i < KIND_FIELDS.length; i++) {
    const field = KIND_FIELDS[i] as KindField;
    if (q[field] !== undefined && !kind.fields.includes(field))
      error(
        'kind-mismatch',
        [...qPath, field],
        t('validate.kind-mismatch.field', { field, kinds: kindsTaking(field), kind: kind.name }),
        true,
      );
  }
  for (let i = 0; i < kind.requires.length; i++) {
    const field = kind.requires[i] as KindField;
    if (q[field] === undefined)
      error('kind-mismatch', qPath, t('validate.kind-mismatch.required', { kind: kind.name, field }));
  }
  if (q.options)
    uniqueBy(
      q.options,
      (o) => o.key,
      [...qPath, 'options'],
      'key',
      'validate.duplicate-key.option',
      t,
      error,
    );
  let scale: Level[] | undefined = checklist.scale;
  if (typeof q.scale === 'string') {
    scale = namedScale(checklist, q.scale);
    if (!scale) error('unknown-scale', [...qPath, 'scale'], t('validate.unknown-scale', { scale: q.scale }));
  } else if (Array.isArray(q.scale)) {
    scale = q.scale;
    checkScale(q.scale, [...qPath, 'scale'], t, error);
  }
  const targetProblem = q.target === undefined ? undefined : kind.targetProblem(q, scale);
  if (targetProblem) error(targetProblem.code, [...qPath, 'target'], targetProblem.message);
  const zero = kind.zeroTopScore(q);
  if (zero)
    warn(
      'zero-top-score',
      [...qPath, zero.field],
      t('validate.zero-top-score', { id: q.id, why: zero.what }),
    );
}

function checkScale(
  scale: readonly Level[],
  path: Path,
  t: Translate,
  error: (code: Finding['code'], path: Path, message: string) => void,
): void {
  uniqueBy(scale, (l) => l.key, path, 'key', 'validate.duplicate-key.level', t, error);
  scale.forEach((level, i) => {
    const prev = scale[i - 1];
    if (prev && level.value <= prev.value) {
      error(
        'scale-order',
        [...path, i, 'value'],
        t('validate.scale-order', { previous: String(prev.value), next: String(level.value) }),
      );
    }
  });
}

/** The message of a thing declared twice; its key names the diagnostic code (`duplicate-id` or `duplicate-key`). */
type DuplicateMessage = Extract<MessageKey, `validate.duplicate-${'id' | 'key'}.${string}`>;

function uniqueBy<T>(
  items: readonly T[],
  keyOf: (item: T) => string,
  path: Path,
  field: string | null,
  message: DuplicateMessage,
  t: Translate,
  error: (code: Finding['code'], path: Path, message: string) => void,
): void {
  const seen = new Set<string>();
  items.forEach((item, i) => {
    const key = keyOf(item);
    if (seen.has(key)) {
      error(
        message.startsWith('validate.duplicate-key.') ? 'duplicate-key' : 'duplicate-id',
        field ? [...path, i, field] : [...path, i],
        t(message, { name: key }),
      );
    }
    seen.add(key);
  });
}
