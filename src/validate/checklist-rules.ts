import type { Finding } from '../model/diagnostic.js';
import type { Checklist, Level, Question } from '../model/checklist.js';
import { categoryId, indexChecklist, namedScale } from '../model/checklist.js';
import { conditionFindings } from './condition-rules.js';
import { translationFindings } from './translation-rules.js';

type Path = (string | number)[];

/** Semantic checks on a schema-valid checklist, beyond what the JSON Schema can say. */
export function checkChecklist(checklist: Checklist): Finding[] {
  const findings: Finding[] = [];
  const error = (code: Finding['code'], path: Path, message: string, atKey = false): void => {
    findings.push({ code, severity: 'error', path, message, atKey });
  };
  const warn = (code: Finding['code'], path: Path, message: string): void => {
    findings.push({ code, severity: 'warning', path, message });
  };

  uniqueBy(checklist.sources, (s) => s.id, ['sources'], 'id', 'source', error);
  uniqueBy(checklist.pillars, categoryId, ['pillars'], null, 'pillar', error);
  uniqueBy(checklist.themes, categoryId, ['themes'], null, 'theme', error);
  if (checklist.actors) uniqueBy(checklist.actors, categoryId, ['actors'], null, 'actor', error);
  checkScale(checklist.scale, ['scale'], error);
  for (const [name, scale] of Object.entries(checklist.scales ?? {}))
    checkScale(scale, ['scales', name], error);
  checklist.bands.forEach((band, i) => {
    const prev = checklist.bands[i - 1];
    if (i === 0 && band.min !== 0) error('band-order', ['bands', 0, 'min'], 'the first band must start at 0');
    if (prev && band.min <= prev.min) {
      error(
        'band-order',
        ['bands', i, 'min'],
        `bands must be in increasing order of "min" (${prev.min} then ${band.min})`,
      );
    }
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
        `section id "${section.id}" is already used by section ${firstSection + 1}`,
      );
    } else sectionIds.set(section.id, si);
    if (!pillars.has(section.pillar)) {
      error(
        'unknown-pillar',
        [...sPath, 'pillar'],
        `pillar "${section.pillar}" is not declared under "pillars"`,
      );
    } else usedPillars.add(section.pillar);

    section.questions.forEach((q, qi) => {
      const qPath: Path = [...sPath, 'questions', qi];
      const first = questionIds.get(q.id);
      if (first !== undefined) {
        error(
          'duplicate-id',
          [...qPath, 'id'],
          `question id "${q.id}" is already used in section "${first}"`,
        );
      } else questionIds.set(q.id, section.id);
      q.themes?.forEach((t, i) => {
        if (!themes.has(t))
          error('unknown-theme', [...qPath, 'themes', i], `theme "${t}" is not declared under "themes"`);
      });
      if (actors) {
        q.actors?.forEach((a, i) => {
          if (!actors.has(a))
            error('unknown-actor', [...qPath, 'actors', i], `actor "${a}" is not declared under "actors"`);
        });
      }
      q.sources?.forEach((cite, i) => {
        const cPath: Path = [...qPath, 'sources', i];
        const source = sources.get(cite.source);
        if (!source) {
          error(
            'unknown-source',
            [...cPath, 'source'],
            `source "${cite.source}" is not declared under "sources"`,
          );
          return;
        }
        if (source.paragraphs === undefined) return;
        const para = String(cite.para);
        const match = /^(\d+)((\([a-z0-9]+\))*)$/.exec(para);
        if (!match) {
          error(
            'paragraph-malformed',
            [...cPath, 'para'],
            `paragraph "${para}" should be a number with optional sub-items, such as 88(d)(iii)`,
          );
        } else if (Number(match[1]) < 1 || Number(match[1]) > source.paragraphs) {
          error(
            'paragraph-out-of-range',
            [...cPath, 'para'],
            `paragraph ${para} is outside ${source.id}, which has paragraphs 1-${source.paragraphs}`,
          );
        }
      });
      checkQuestionShape(checklist, q, qPath, error, warn);
    });
  });

  checklist.pillars.forEach((p, i) => {
    if (!usedPillars.has(categoryId(p)))
      warn('empty-pillar', ['pillars', i], `pillar "${categoryId(p)}" has no questions`);
  });

  const index = indexChecklist(checklist);
  findings.push(...conditionFindings(index));
  findings.push(...translationFindings(checklist));
  return findings;
}

function checkQuestionShape(
  checklist: Checklist,
  q: Question,
  qPath: Path,
  error: (code: Finding['code'], path: Path, message: string, atKey?: boolean) => void,
  warn: (code: Finding['code'], path: Path, message: string) => void,
): void {
  const kind = q.kind ?? 'scale';
  const misplaced = (key: keyof Question, allowed: string): void => {
    if (q[key] !== undefined)
      error(
        'kind-mismatch',
        [...qPath, key],
        `"${key}" only applies to ${allowed} questions, not ${kind}`,
        true,
      );
  };
  if (kind !== 'scale') misplaced('scale', 'scale');
  if (kind !== 'choice' && kind !== 'multi') misplaced('options', 'choice and multi');
  if (kind !== 'multi') misplaced('cap', 'multi');
  if (kind !== 'number') {
    misplaced('thresholds', 'number');
    misplaced('min', 'number');
    misplaced('max', 'number');
  }
  if ((kind === 'choice' || kind === 'multi') && !q.options) {
    error('kind-mismatch', qPath, `a ${kind} question needs "options"`);
  }
  if (q.options) uniqueBy(q.options, (o) => o.key, [...qPath, 'options'], 'key', 'option', error);
  let scale: Level[] | undefined = checklist.scale;
  if (typeof q.scale === 'string') {
    scale = namedScale(checklist, q.scale);
    if (!scale)
      error('unknown-scale', [...qPath, 'scale'], `scale "${q.scale}" is not defined under "scales"`);
  } else if (Array.isArray(q.scale)) {
    scale = q.scale;
    checkScale(q.scale, [...qPath, 'scale'], error);
  }
  if (q.target !== undefined) checkTarget(kind, q, scale, [...qPath, 'target'], error);
  checkTopScore(kind, q, qPath, warn);
}

/**
 * A scored question whose best answer scores 0 would silently drop out of every score (its top m is 0), so
 * it is reported where its scores are declared.
 */
function checkTopScore(
  kind: string,
  q: Question,
  qPath: Path,
  warn: (code: Finding['code'], path: Path, message: string) => void,
): void {
  const zero = (scores: readonly number[] | undefined): boolean =>
    scores !== undefined && scores.length > 0 && Math.max(...scores) <= 0;
  const report = (key: 'options' | 'thresholds', what: string): void => {
    warn(
      'zero-top-score',
      [...qPath, key],
      `${q.id} can never score above 0 (${what}), so no answer to it can count in any score; give its best answer a positive score, or make it a text question`,
    );
  };
  // A scale's top is above 0 unless its values fail scale-order (at least two levels, increasing, none below 0).
  if ((kind === 'choice' || kind === 'multi') && zero(q.options?.map((o) => o.score)))
    report('options', 'every option scores 0');
  else if (kind === 'number' && zero(q.thresholds?.map((t) => t.score)))
    report('thresholds', 'every threshold scores 0');
}

function checkTarget(
  kind: string,
  q: Question,
  scale: Level[] | undefined,
  path: Path,
  error: (code: Finding['code'], path: Path, message: string) => void,
): void {
  const t = q.target;
  if (kind === 'text') error('kind-mismatch', path, 'text questions are not scored and take no target');
  else if (kind === 'scale' && typeof t === 'string') {
    if (scale && !scale.some((l) => l.key === t)) {
      error(
        'unknown-scale-key',
        path,
        `target "${t}" is not a level of the scale (${scale.map((l) => l.key).join(', ')})`,
      );
    }
  } else if (kind === 'choice' && typeof t === 'string') {
    if (!q.options?.some((o) => o.key === t))
      error('unknown-option', path, `target "${t}" is not one of the options`);
  } else if (kind === 'yesno') {
    if (![true, false, 'yes', 'no'].includes(t as never))
      error('target-out-of-range', path, 'target of a yes/no question must be yes or no');
  } else if (typeof t === 'number') {
    const max =
      kind === 'scale'
        ? Math.max(...(scale ?? []).map((l) => l.value))
        : kind === 'choice'
          ? Math.max(...(q.options ?? []).map((o) => o.score))
          : kind === 'multi'
            ? (q.cap ?? (q.options ?? []).reduce((s, o) => s + o.score, 0))
            : Infinity;
    if (t < 0 || t > max) error('target-out-of-range', path, `target ${t} is outside 0-${max}`);
  } else {
    error('target-out-of-range', path, `target ${JSON.stringify(t)} does not fit a ${kind} question`);
  }
}

function checkScale(
  scale: readonly Level[],
  path: Path,
  error: (code: Finding['code'], path: Path, message: string) => void,
): void {
  uniqueBy(scale, (l) => l.key, path, 'key', 'level', error);
  scale.forEach((level, i) => {
    const prev = scale[i - 1];
    if (prev && level.value <= prev.value) {
      error(
        'scale-order',
        [...path, i, 'value'],
        `scale levels must have increasing values (${prev.value} then ${level.value})`,
      );
    }
  });
}

function uniqueBy<T>(
  items: readonly T[],
  keyOf: (item: T) => string,
  path: Path,
  field: string | null,
  what: string,
  error: (code: Finding['code'], path: Path, message: string) => void,
): void {
  const seen = new Set<string>();
  items.forEach((item, i) => {
    const key = keyOf(item);
    if (seen.has(key)) {
      error(
        what === 'level' || what === 'option' ? 'duplicate-key' : 'duplicate-id',
        field ? [...path, i, field] : [...path, i],
        `${what} "${key}" is declared twice`,
      );
    }
    seen.add(key);
  });
}
