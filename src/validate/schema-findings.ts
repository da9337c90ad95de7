import type { ErrorObject } from 'ajv';
import type { DiagnosticCode, Finding } from '../model/diagnostic.js';
import type { MessageKey } from '../i18n/en.js';
import { translator, type Translate } from '../i18n/format.js';
import { collapseOneOf, oneOfDefinition } from './collapse-one-of.js';

/** Plain-language forms of a `oneOf`, by definition or property name, for a value that fits none of them. */
const ONE_OF_MESSAGES = new Map<string, MessageKey>([
  ['localizedString', 'validate.schema.oneOf.localizedString'],
  ['category', 'validate.schema.oneOf.category'],
  ['condition', 'validate.schema.oneOf.condition'],
  ['answer', 'validate.schema.oneOf.answer'],
  ['para', 'validate.schema.oneOf.para'],
  ['scale', 'validate.schema.oneOf.scale'],
  ['value', 'validate.schema.oneOf.value'],
]);

/** Plain-language forms of the schemas' patterns, by pattern. */
const PATTERN_MESSAGES = new Map<string, MessageKey>([
  ['^[a-z0-9]+(-[a-z0-9]+)*$', 'validate.schema.pattern.kebabCase'],
  ['^[a-z0-9]+([_-][a-z0-9]+)*$', 'validate.schema.pattern.key'],
  ['^[A-Z][A-Z0-9]*(-[A-Z0-9]+)+$', 'validate.schema.pattern.questionId'],
  [
    '^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)(-[0-9A-Za-z.-]+)?(\\+[0-9A-Za-z.-]+)?$',
    'validate.schema.pattern.version',
  ],
  ['^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$', 'validate.schema.pattern.language'],
  ['^https?://', 'validate.schema.pattern.webAddress'],
  ['^[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?$', 'validate.schema.pattern.publicationDate'],
  ['^sha256:[0-9a-f]{64}$', 'validate.schema.pattern.digest'],
  ['^[0-9a-f]{12}$', 'validate.schema.pattern.questionDigest'],
  ['^[A-Za-z0-9][A-Za-z0-9/._-]*$', 'validate.schema.pattern.symbol'],
]);

/** Plain-language forms of the schemas' string formats, by format name. */
const FORMAT_MESSAGES = new Map<string, MessageKey>([
  ['date', 'validate.schema.format.date'],
  ['date-time', 'validate.schema.format.dateTime'],
  ['uri', 'validate.schema.format.uri'],
]);

/**
 * Turns ajv errors into findings with plain messages: `oneOf` noise collapsed to the branch the value was meant
 * for, and one finding per value (the first), except that every missing key is reported.
 */
export function schemaFindings(
  errors: readonly ErrorObject[],
  data: unknown,
  root: Record<string, unknown>,
): Finding[] {
  const t = translator();
  const seen = new Set<string>();
  return collapseOneOf(errors, data, root).flatMap((error) =>
    toFinding(error, root, t).filter((f) => {
      const missing = error.keyword === 'required' && error.propertyName === undefined;
      const key = `${f.atKey === true ? 'key:' : ''}${f.path.join('/')}|${missing ? f.message : ''}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    }),
  );
}

function toFinding(error: ErrorObject, root: Record<string, unknown>, t: Translate): Finding[] {
  const path = pointerToPath(error.instancePath);
  const params = error.params as Record<string, unknown>;
  const finding = (message: string, at: (string | number)[] = path, atKey = false): Finding[] => [
    { code: codeFor(at, error.keyword), severity: 'error', path: at, atKey, message },
  ];
  // The `propertyNames` error only wraps the errors of the key itself, which say more.
  if (error.keyword === 'propertyNames') return [];
  if (error.propertyName !== undefined) {
    const key = error.propertyName;
    const subject = t('validate.schema.subject.keyName', { key });
    return finding(describe(error, params, subject, t), [...path, key], true);
  }
  switch (error.keyword) {
    case 'additionalProperties': {
      const key = String(params.additionalProperty);
      const allowed = allowedKeys(error);
      const message = allowed
        ? t('validate.schema.unknownKey.allowed', { key, keys: allowed.join(', ') })
        : t('validate.schema.unknownKey', { key });
      return finding(message, [...path, key], true);
    }
    case 'required':
      return finding(
        t('validate.schema.required', { subject: label(path, t), key: String(params.missingProperty) }),
      );
    case 'oneOf': {
      const name = definitionOf(error, root) ?? String(path[path.length - 1] ?? '');
      const subject =
        name === 'answer'
          ? t('validate.schema.subject.answer', { id: String(path[path.length - 1]) })
          : label(path, t);
      // collapseOneOf keeps `passingSchemas` only on a value that fits more than one form.
      const ambiguous = Array.isArray(params.passingSchemas);
      const key = ambiguous
        ? 'validate.schema.oneOf.ambiguous'
        : (ONE_OF_MESSAGES.get(name) ?? 'validate.schema.oneOf.none');
      return finding(t(key, { subject }));
    }
    default:
      return finding(describe(error, params, label(path, t), t));
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

/** The message for what is wrong with a value, said of `subject`; ajv's own English where we have no wording. */
function describe(
  error: ErrorObject,
  params: Record<string, unknown>,
  subject: string,
  t: Translate,
): string {
  const raw = (fallback: MessageKey): string =>
    error.message === undefined
      ? t(fallback, { subject })
      : t('validate.schema.ajv', { subject, problem: error.message });
  switch (error.keyword) {
    case 'pattern': {
      const pattern = String(params.pattern);
      const key = PATTERN_MESSAGES.get(pattern);
      return key ? t(key, { subject }) : t('validate.schema.pattern', { subject, pattern });
    }
    case 'const':
      return t('validate.schema.const', { subject, value: JSON.stringify(params.allowedValue) });
    case 'enum':
      return t('validate.schema.enum', {
        subject,
        values: (params.allowedValues as unknown[]).map(String).join(', '),
      });
    case 'format': {
      const format = String(params.format);
      const key = FORMAT_MESSAGES.get(format);
      return key ? t(key, { subject }) : t('validate.schema.format', { subject, format });
    }
    case 'minLength':
      return params.limit === 1 ? t('validate.schema.empty', { subject }) : raw('validate.schema.tooShort');
    case 'maxLength':
      return t('validate.schema.tooLong', { subject, limit: String(params.limit) });
    case 'minProperties':
    case 'maxProperties': {
      const tests = conditionTests(error);
      return tests
        ? t('validate.schema.conditionTest', { subject, tests: tests.join(', ') })
        : raw('validate.schema.keyCount');
    }
    default:
      return raw('validate.schema.invalid');
  }
}

/** A condition on one question must name exactly one test; say so rather than count keys. */
function conditionTests(error: ErrorObject): string[] | undefined {
  const parent = error.parentSchema as
    { required?: string[]; properties?: Record<string, unknown> } | undefined;
  if (parent?.required?.[0] !== 'question' || !parent.properties) return undefined;
  return Object.keys(parent.properties).filter((k) => k !== 'question');
}

function codeFor(path: readonly (string | number)[], keyword: string): DiagnosticCode {
  const name = path[path.length - 1];
  return name === 'weight' && ['minimum', 'maximum', 'type'].includes(keyword)
    ? 'weight-out-of-range'
    : 'schema';
}

/** The keys an object allows, when there are few enough to list. */
function allowedKeys(error: ErrorObject): string[] | undefined {
  const props = (error.parentSchema as { properties?: Record<string, unknown> } | undefined)?.properties;
  if (!props) return undefined;
  const keys = Object.keys(props);
  return keys.length <= 25 ? keys : undefined;
}

function label(path: readonly (string | number)[], t: Translate): string {
  if (path.length === 0) return t('validate.schema.subject.document');
  const last = path[path.length - 1];
  return typeof last === 'number'
    ? t('validate.schema.subject.item', { number: last + 1, list: String(path[path.length - 2] ?? '') })
    : t('validate.schema.subject.key', { key: String(last) });
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
