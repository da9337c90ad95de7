import type { ErrorObject } from 'ajv';
import type { DiagnosticCode, Finding } from '../model/diagnostic.js';

/** Plain-language names for schema definitions, used when a value matches none of a `oneOf`. */
const ONE_OF_MESSAGES: Record<string, string> = {
  localizedString: 'must be text, or a map of language code to text',
  category: 'must be a key (such as child_marriage) or a map with id, label and description',
  condition:
    'must be a condition: {question, equals|in|atLeast|answered}, or {all: [...]}, {any: [...]} or {not: ...}',
  answer: 'an answer needs exactly one of: level, value, na, unknown, skipped',
  para: 'must be a paragraph (such as "88(d)(iii)") or a locator',
  scale: 'must be the name of a scale under `scales`, or a list of levels',
  value: 'must be yes/no (true or false), a number, text, or a list of option keys',
};

const PATTERN_MESSAGES: Record<string, string> = {
  kebabId: 'must be kebab-case: lowercase letters and digits joined by hyphens',
  key: 'must be lowercase letters and digits, joined by _ or -',
  questionId: 'must look like PRV-LAW-01: capital letters and digits joined by hyphens',
  semver: 'must be a semantic version such as 1.0.0',
  languageTag: 'must be a language tag such as en or fr',
};

/** Turns ajv errors into findings with plain messages, collapsing `oneOf` noise to its most likely branch. */
export function schemaFindings(errors: readonly ErrorObject[], data: unknown): Finding[] {
  const kept = collapseOneOf(errors, data);
  const findings = kept.map(toFinding);
  const seen = new Set<string>();
  return findings.filter((f) => {
    const key = `${f.path.join('/')}|${f.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function collapseOneOf(errors: readonly ErrorObject[], data: unknown): ErrorObject[] {
  const oneOfs = errors.filter((e) => e.keyword === 'oneOf');
  let result = [...errors];
  for (const one of oneOfs) {
    const base = one.schemaPath.slice(0, -'/oneOf'.length);
    const prefix = `${one.schemaPath}/`;
    const inner = result.filter(
      (e) => e !== one && e.schemaPath.startsWith(prefix) && e.instancePath.startsWith(one.instancePath),
    );
    result = result.filter((e) => !inner.includes(e));
    const passing = (one.params as { passingSchemas?: number[] | null }).passingSchemas;
    if (passing) {
      result = result.map((e) => (e === one ? { ...e, message: 'matches more than one form' } : e));
      continue;
    }
    const best = bestBranch(inner, one, valueAt(data, one.instancePath));
    if (best) result = result.flatMap((e) => (e === one ? best : [e]));
    else result = result.map((e) => (e === one ? { ...e, message: oneOfMessage(base) } : e));
  }
  return result;
}

/** The errors of the branch the author most likely meant: an object branch whose required keys are all present. */
function bestBranch(inner: ErrorObject[], one: ErrorObject, value: unknown): ErrorObject[] | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const byBranch = new Map<string, ErrorObject[]>();
  for (const e of inner) {
    const branch = e.schemaPath.slice(one.schemaPath.length + 1).split('/')[0] ?? '';
    byBranch.set(branch, [...(byBranch.get(branch) ?? []), e]);
  }
  const candidates = [...byBranch.values()].filter(
    (list) =>
      !list.some(
        (e) => (e.keyword === 'required' || e.keyword === 'type') && e.instancePath === one.instancePath,
      ),
  );
  if (candidates.length !== 1) return undefined;
  return candidates[0];
}

function toFinding(error: ErrorObject): Finding {
  const path = pointerToPath(error.instancePath);
  const name = String(path[path.length - 1] ?? 'document');
  const def = definitionName(error.schemaPath);
  const params = error.params as Record<string, unknown>;
  const code: DiagnosticCode =
    name === 'weight' && ['minimum', 'maximum', 'type'].includes(error.keyword)
      ? 'weight-out-of-range'
      : 'schema';
  switch (error.keyword) {
    case 'additionalProperties':
      return {
        code,
        severity: 'error',
        path: [...path, String(params.additionalProperty)],
        atKey: true,
        message: `unknown key "${String(params.additionalProperty)}"${allowedHint(error)}`,
      };
    case 'required':
      return {
        code,
        severity: 'error',
        path,
        message: `${label(path)} is missing required key "${String(params.missingProperty)}"`,
      };
    case 'oneOf':
      return { code, severity: 'error', path, message: `${label(path)} ${error.message ?? 'is invalid'}` };
    case 'pattern':
      return {
        code,
        severity: 'error',
        path,
        message: `${label(path)} ${PATTERN_MESSAGES[def] ?? `must match ${String(params.pattern)}`}`,
      };
    case 'const':
      return {
        code,
        severity: 'error',
        path,
        message: `${label(path)} must be ${JSON.stringify(params.allowedValue)}`,
      };
    case 'enum':
      return {
        code,
        severity: 'error',
        path,
        message: `${label(path)} must be one of: ${(params.allowedValues as unknown[]).map(String).join(', ')}`,
      };
    case 'format':
      return {
        code,
        severity: 'error',
        path,
        message: `${label(path)} must be ${formatName(String(params.format))}`,
      };
    case 'minLength':
      return params.limit === 1
        ? { code, severity: 'error', path, message: `${label(path)} must not be empty` }
        : { code, severity: 'error', path, message: `${label(path)} ${error.message ?? ''}` };
    case 'maxLength':
      return {
        code,
        severity: 'error',
        path,
        message: `${label(path)} is longer than the limit of ${String(params.limit)} characters`,
      };
    default:
      return { code, severity: 'error', path, message: `${label(path)} ${error.message ?? 'is invalid'}` };
  }
}

function oneOfMessage(definitionPath: string): string {
  const def = definitionName(`${definitionPath}/x`);
  const last = definitionPath.split('/').pop() ?? '';
  return ONE_OF_MESSAGES[def] ?? ONE_OF_MESSAGES[last] ?? 'does not match any allowed form';
}

/** The `$defs` name an error's schema path sits under (the innermost one). */
function definitionName(schemaPath: string): string {
  const parts = schemaPath.split('/');
  const i = parts.lastIndexOf('$defs');
  return i >= 0 ? (parts[i + 1] ?? '') : '';
}

function allowedHint(error: ErrorObject): string {
  const props = (error.parentSchema as { properties?: Record<string, unknown> } | undefined)?.properties;
  if (!props) return '';
  const keys = Object.keys(props);
  return keys.length <= 25 ? ` (allowed: ${keys.join(', ')})` : '';
}

function label(path: readonly (string | number)[]): string {
  if (path.length === 0) return 'the document';
  const last = path[path.length - 1];
  return typeof last === 'number'
    ? `item ${last + 1} of "${String(path[path.length - 2] ?? '')}"`
    : `"${last}"`;
}

function formatName(format: string): string {
  if (format === 'date') return 'a date written YYYY-MM-DD';
  if (format === 'date-time') return 'a date and time such as 2026-11-22T10:15:00Z';
  if (format === 'uri') return 'an absolute link such as https://example.org/';
  return `in ${format} format`;
}

/** Splits a JSON pointer into keys and array indexes. */
export function pointerToPath(pointer: string): (string | number)[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^(0|[1-9]\d*)$/.test(s) ? Number(s) : s));
}

function valueAt(data: unknown, pointer: string): unknown {
  let node: unknown = data;
  for (const key of pointerToPath(pointer)) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string | number, unknown>)[key];
  }
  return node;
}
