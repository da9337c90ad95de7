// Compiles the JSON Schemas into standalone validator code at build time, so the CLI need not compile them
// (nor load ajv's compiler) on every run. Runs after tsc: writes dist/validate/generated/<name>.cjs.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createAjv } from '../dist/load/ajv-factory.js';
import { COMMON_URI } from './common-uri.mjs';

const require = createRequire(import.meta.url);
const standaloneCode = require('ajv/dist/standalone').default;
mkdirSync('dist/validate/generated', { recursive: true });
for (const name of ['checklist', 'answers', 'checklist-translation']) {
  const ajv = createAjv({ code: { source: true } });
  const validate = ajv.compile(JSON.parse(readFileSync(`schemas/${name}.schema.json`, 'utf8')));
  writeFileSync(
    `dist/validate/generated/${name}.cjs`,
    countKeysInPlace(
      commonUriFirst(lengthFirst(fastCodePoints(appendInPlace(standaloneCode(ajv, validate))))),
    ),
  );
}

/**
 * ajv's code gathers the errors of each referenced schema with `vErrors.concat(...)`, which copies every error so
 * far on each call: 99,000 bad answers meant billions of copies. Appending in place gives the same errors.
 */
function appendInPlace(code) {
  const concat = /vErrors = vErrors === null \? ([\w.]+)\.errors : vErrors\.concat\(\1\.errors\);/g;
  if (!concat.test(code))
    throw new Error('build-validators: ajv no longer writes vErrors.concat; update appendInPlace');
  return code.replace(
    concat,
    'if (vErrors === null) vErrors = $1.errors; else for (const e of $1.errors) vErrors.push(e);',
  );
}

/**
 * `maxLength` and `minLength` count code points: ajv's ucs2length walks every string character by character, a
 * third of the schema's time on a large checklist. Most strings hold no surrogate, and then the count is their
 * length; one native search says so. The count is the same for every string.
 */
function fastCodePoints(code) {
  const runtime = 'require("ajv/dist/runtime/ucs2length").default';
  if (!code.includes(runtime))
    throw new Error('build-validators: ajv no longer requires its ucs2length; update fastCodePoints');
  const fast = `((ucs2length) => (s) => (/[\\ud800-\\udfff]/.test(s) ? ucs2length(s) : s.length))(${runtime})`;
  return code.replace(runtime, fast);
}

/**
 * A string's code points are at most its length and at least half of it, so most strings are within
 * `maxLength` and `minLength` by their length alone: the count (a search of the whole string) runs only for a
 * string that its length leaves in doubt. `count(x) > n` becomes `x.length > n && count(x) > n`, and
 * `count(x) < n` becomes `x.length < 2 * n && count(x) < n`; the result is the same for every string.
 */
function lengthFirst(code) {
  const count = /const (func\d+) = \(\(ucs2length\) =>/.exec(code)?.[1];
  if (!count) throw new Error('build-validators: no code point counter found; update lengthFirst');
  const uses = new RegExp(`\\b${count}\\((\\w+)\\) ([<>]) (\\d+)\\b`, 'g');
  const all = code.match(new RegExp(`\\b${count}\\(`, 'g')).length;
  let rewritten = 0;
  const out = code.replace(uses, (_, value, op, n) => {
    rewritten++;
    const bound = op === '>' ? n : String(2 * Number(n));
    return `(${value}.length ${op} ${bound} && ${count}(${value}) ${op} ${n})`;
  });
  if (rewritten !== all)
    throw new Error(
      `build-validators: ${all - rewritten} uses of ${count} not of the form count(x) < n or > n; update lengthFirst`,
    );
  return out;
}

/**
 * The `uri` format tries the common form of a web address first (common-uri.mjs), so the full pattern compiles
 * only for a file with another kind of address. A validator without the format is left as it is.
 */
function commonUriFirst(code) {
  const full = 'require("ajv-formats/dist/formats").fullFormats.uri';
  if (!code.includes(full)) return code;
  // A function, not a string: the pattern holds `$&`, which a replacement string would expand.
  return code.replace(
    full,
    () => `((uri, common) => (s) => common.test(s) || uri(s))(${full}, ${COMMON_URI})`,
  );
}

/**
 * `minProperties` and `maxProperties` count an object's keys with `Object.keys(x).length`, which makes an array
 * of them each time: a checklist of 10,000 questions has some 40,000 language maps, each checked for at least one
 * key. Counting own keys in place, and only as far as the bound, gives the same answer without the array.
 */
function countKeysInPlace(code) {
  const uses = /Object\.keys\((\w+)\)\.length ([<>]) (\d+)\b/g;
  if (!uses.test(code)) return code;
  const helper =
    'const ownKeysAtLeast = (x, n) => { let k = 0; if (k >= n) return true; ' +
    'for (const key in x) if (Object.prototype.hasOwnProperty.call(x, key) && ++k >= n) return true; return false; };';
  const out = code.replace(uses, (_, value, op, n) =>
    // keys < n: not at least n; keys > n: at least n + 1.
    op === '<' ? `!ownKeysAtLeast(${value}, ${n})` : `ownKeysAtLeast(${value}, ${Number(n) + 1})`,
  );
  if (out.includes('Object.keys('))
    throw new Error('build-validators: a use of Object.keys not of the form keys(x).length < n or > n');
  if (!out.startsWith('"use strict";'))
    throw new Error('build-validators: the code no longer starts with "use strict"; update countKeysInPlace');
  return out.replace('"use strict";', `"use strict";${helper}`);
}
