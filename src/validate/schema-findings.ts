import type { ErrorObject } from 'ajv';
import type { DiagnosticCode, Finding } from '../model/diagnostic.js';
import { collapseOneOf, oneOfDefinition } from './collapse-one-of.js';

/** Plain-language forms of a `oneOf`, by definition or property name, for a value that fits none of them. */
const ONE_OF_MESSAGES: Record<string, string> = {
  localizedString: 'must be text, or a map of language code to text',
  category: 'must be a key (such as child_marriage) or a map with id, label and description',
  condition:
    'must be a condition: {question, equals|in|atLeast|answered}, or {all: [...]}, {any: [...]} or {not: ...}',
  answer: 'needs exactly one of: level, value, na, unknown, skipped',
  para: 'must be a paragraph (such as "88(d)(iii)") or a locator',
  scale: 'must be the name of a scale under `scales`, or a list of levels',
  value: 'must be yes/no (true or false), a number, text, or a list of option keys',
};

/** Plain-language forms of the schemas' patterns, by pattern. */
const PATTERN_MESSAGES: Record<string, string> = {
  '^[a-z0-9]+(-[a-z0-9]+)*$': 'must be kebab-case: lowercase letters and digits joined by hyphens',
  '^[a-z0-9]+([_-][a-z0-9]+)*$': 'must be lowercase letters and digits, joined by _ or -',
  '^[A-Z][A-Z0-9]*(-[A-Z0-9]+)+$': 'must look like PRV-LAW-01: capital letters and digits joined by hyphens',
  '^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)(-[0-9A-Za-z.-]+)?(\\+[0-9A-Za-z.-]+)?$':
    'must be a semantic version such as 1.0.0',
  '^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$': 'must be a language tag such as en or fr',
  '^https?://': 'must be a web address starting with https:// or http://',
  '^sha256:[0-9a-f]{64}$': 'must be "sha256:" and 64 hexadecimal digits (as opsc-audit writes it)',
  '^[0-9a-f]{12}$': 'must be 12 hexadecimal digits (as opsc-audit writes it)',
  '^[A-Za-z0-9][A-Za-z0-9/._-]*$':
    'must be a document symbol such as A/HRC/49/51: letters, digits and / . _ -',
};

/**
 * Turns ajv errors into findings with plain messages: `oneOf` noise collapsed to the branch the value was meant
 * for, and one finding per value (the first), except that every missing key is reported.
 */
export function schemaFindings(
  errors: readonly ErrorObject[],
  data: unknown,
  root: Record<string, unknown>,
): Finding[] {
  const findings = collapseOneOf(errors, data, root).flatMap((e) => toFinding(e, root));
  const seen = new Set<string>();
  return findings.filter((f) => {
    const key = `${f.atKey === true ? 'key:' : ''}${f.path.join('/')}|${f.message.includes('missing required') ? f.message : ''}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function toFinding(error: ErrorObject, root: Record<string, unknown>): Finding[] {
  const path = pointerToPath(error.instancePath);
  const params = error.params as Record<string, unknown>;
  const finding = (message: string, at: (string | number)[] = path, atKey = false): Finding[] => [
    { code: codeFor(at, error.keyword), severity: 'error', path: at, atKey, message },
  ];
  // The `propertyNames` error only wraps the errors of the key itself, which say more.
  if (error.keyword === 'propertyNames') return [];
  if (error.propertyName !== undefined) {
    const key = error.propertyName;
    return finding(`key "${key}" ${describe(error, params)}`, [...path, key], true);
  }
  switch (error.keyword) {
    case 'additionalProperties': {
      const key = String(params.additionalProperty);
      return finding(`unknown key "${key}"${allowedHint(error)}`, [...path, key], true);
    }
    case 'required':
      return finding(`${label(path)} is missing required key "${String(params.missingProperty)}"`);
    case 'oneOf': {
      const name = definitionOf(error, root) ?? String(path[path.length - 1] ?? '');
      const message = error.message === 'matches more than one form' ? error.message : ONE_OF_MESSAGES[name];
      const subject = name === 'answer' ? `the answer to ${String(path[path.length - 1])}` : label(path);
      return finding(`${subject} ${message ?? 'does not match any allowed form'}`);
    }
    default:
      return finding(`${label(path)} ${describe(error, params)}`);
  }
}

/** Definition names by the schema object ajv reports: 99,000 bad answers are one definition, looked up once. */
const definitionNames = new WeakMap<object, string | undefined>();

function definitionOf(error: ErrorObject, root: Record<string, unknown>): string | undefined {
  const schema: unknown = error.parentSchema;
  if (schema === null || typeof schema !== 'object') return oneOfDefinition(error, root);
  if (!definitionNames.has(schema)) definitionNames.set(schema, oneOfDefinition(error, root));
  return definitionNames.get(schema);
}

function describe(error: ErrorObject, params: Record<string, unknown>): string {
  switch (error.keyword) {
    case 'pattern':
      return PATTERN_MESSAGES[String(params.pattern)] ?? `must match ${String(params.pattern)}`;
    case 'const':
      return `must be ${JSON.stringify(params.allowedValue)}`;
    case 'enum':
      return `must be one of: ${(params.allowedValues as unknown[]).map(String).join(', ')}`;
    case 'format':
      return `must be ${formatName(String(params.format))}`;
    case 'minLength':
      return params.limit === 1 ? 'must not be empty' : (error.message ?? 'is too short');
    case 'maxLength':
      return `is longer than the limit of ${String(params.limit)} characters`;
    case 'minProperties':
    case 'maxProperties':
      return conditionShape(error) ?? error.message ?? 'has the wrong number of keys';
    default:
      return error.message ?? 'is invalid';
  }
}

/** A condition on one question must name exactly one test; say so rather than count keys. */
function conditionShape(error: ErrorObject): string | undefined {
  const parent = error.parentSchema as
    { required?: string[]; properties?: Record<string, unknown> } | undefined;
  if (parent?.required?.[0] !== 'question' || !parent.properties) return undefined;
  const tests = Object.keys(parent.properties).filter((k) => k !== 'question');
  return `needs "question" and exactly one of: ${tests.join(', ')}`;
}

function codeFor(path: readonly (string | number)[], keyword: string): DiagnosticCode {
  const name = path[path.length - 1];
  return name === 'weight' && ['minimum', 'maximum', 'type'].includes(keyword)
    ? 'weight-out-of-range'
    : 'schema';
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
