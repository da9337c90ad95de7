import type { Finding } from '../model/diagnostic.js';
import type { Checklist, Level, Question } from '../model/checklist.js';
import { categoryId, indexChecklist, namedScale } from '../model/checklist.js';
import { answerKind, KIND_FIELDS, kindsTaking } from '../model/answer-kinds/index.js';
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
  const kind = answerKind(q);
  for (const field of KIND_FIELDS) {
    if (q[field] !== undefined && !kind.fields.includes(field))
      error(
        'kind-mismatch',
        [...qPath, field],
        `"${field}" only applies to ${kindsTaking(field)} questions, not ${kind.name}`,
        true,
      );
  }
  for (const field of kind.requires) {
    if (q[field] === undefined) error('kind-mismatch', qPath, `a ${kind.name} question needs "${field}"`);
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
  const targetProblem = q.target === undefined ? undefined : kind.targetProblem(q, scale);
  if (targetProblem) error(targetProblem.code, [...qPath, 'target'], targetProblem.message);
  const zero = kind.zeroTopScore(q);
  if (zero)
    warn(
      'zero-top-score',
      [...qPath, zero.field],
      `${q.id} can never score above 0 (${zero.what}), so no answer to it can count in any score; give its best answer a positive score, or make it a text question`,
    );
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
