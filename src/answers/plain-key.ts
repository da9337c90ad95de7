/**
 * A text that differs whenever two values would be written differently: their JSON, when they hold only plain
 * objects, arrays, strings, booleans, null and finite numbers other than -0 (which JSON writes as YAML would
 * tell them apart); undefined for anything else (a Date, a class, an undefined field), which is never reused.
 */
export function plainKey(value: unknown): string | undefined {
  const found = { exotic: false };
  const text = JSON.stringify(value, function (this: unknown, key: string, json: unknown) {
    // The value as given, before any toJSON (a Date's would make it look like a string).
    const given = (this as Record<string, unknown>)[key];
    if (!isPlain(given)) found.exotic = true;
    return json;
  });
  return found.exotic ? undefined : text;
}

function isPlain(value: unknown): boolean {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return true;
  if (typeof value === 'number') return Number.isFinite(value) && !Object.is(value, -0);
  if (typeof value !== 'object') return false;
  if (Array.isArray(value)) return true;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}
