import type { ErrorObject } from 'ajv';

type Schema = Record<string, unknown>;

/**
 * Replaces each failed `oneOf`, and the errors of all its branches, by the errors of the one branch the value's
 * shape selects (by JSON type and required keys). When no single branch fits, only the `oneOf` error is kept,
 * to be explained as a whole. Relies on ajv reporting a `oneOf`'s branch errors just before the `oneOf` error.
 */
export function collapseOneOf(errors: readonly ErrorObject[], data: unknown, root: Schema): ErrorObject[] {
  const out: ErrorObject[] = [];
  for (const error of errors) {
    if (error.keyword !== 'oneOf') {
      out.push(error);
      continue;
    }
    const inner: ErrorObject[] = [];
    for (let last = out.at(-1); last && isWithin(last.instancePath, error.instancePath); last = out.at(-1)) {
      inner.unshift(last);
      out.pop();
    }
    out.push(...chooseBranch(error, inner, valueAt(data, error.instancePath), root));
  }
  return out;
}

/** The name of the `$defs` entry whose `oneOf` failed, if the `oneOf` sits in a definition. */
export function oneOfDefinition(error: ErrorObject, root: Schema): string | undefined {
  const defs = (root.$defs ?? {}) as Record<string, unknown>;
  const text = JSON.stringify(error.parentSchema);
  return Object.keys(defs).find((name) => JSON.stringify(defs[name]) === text);
}

function chooseBranch(error: ErrorObject, inner: ErrorObject[], value: unknown, root: Schema): ErrorObject[] {
  const passing = (error.params as { passingSchemas?: number[] | null }).passingSchemas;
  // A value that fits more than one form keeps only the `oneOf` error, whose `passingSchemas` says so.
  if (passing) return [error];
  const branches = Array.isArray(error.schema) ? (error.schema as Schema[]).map((b) => resolve(b, root)) : [];
  const fitting = branches.filter((b) => fitsShape(b, value));
  const [chosen] = fitting;
  if (fitting.length !== 1 || !chosen) return [error];
  const chosenText = JSON.stringify(chosen);
  const kept = inner.filter(
    (e) =>
      e.instancePath !== error.instancePath ||
      e.propertyName !== undefined ||
      JSON.stringify(e.parentSchema) === chosenText,
  );
  return kept.length > 0 ? kept : [error];
}

/** Whether a value has the JSON type and the required keys a branch asks for. */
function fitsShape(branch: Schema, value: unknown): boolean {
  const type = branch.type;
  if (typeof type === 'string' || Array.isArray(type)) {
    const types: unknown[] = Array.isArray(type) ? type : [type];
    if (!types.some((t) => hasType(value, t))) return false;
  }
  const required = branch.required;
  if (Array.isArray(required) && isObject(value)) return required.every((k) => String(k) in value);
  return true;
}

function hasType(value: unknown, type: unknown): boolean {
  switch (type) {
    case 'object':
      return isObject(value);
    case 'array':
      return Array.isArray(value);
    case 'integer':
      return Number.isInteger(value);
    case 'null':
      return value === null;
    default:
      return typeof value === type;
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function resolve(schema: Schema, root: Schema): Schema {
  const ref = schema.$ref;
  if (typeof ref !== 'string' || !ref.startsWith('#/')) return schema;
  let node: unknown = root;
  for (const key of ref.slice(2).split('/')) node = isObject(node) ? node[key] : undefined;
  return isObject(node) ? node : schema;
}

function isWithin(path: string, parent: string): boolean {
  return path === parent || path.startsWith(`${parent}/`);
}

/** The value at a JSON pointer, or undefined. */
export function valueAt(data: unknown, pointer: string): unknown {
  let node: unknown = data;
  if (pointer === '') return node;
  for (const raw of pointer.slice(1).split('/')) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}
