import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson, canonicalJsonHash, checklistDigest } from '../../src/model/digest.js';
import { loadBundled } from '../helpers/bundled.js';

const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');

describe('checklist digest', () => {
  it('hashes exactly the canonical JSON text, for any JSON value (written in chunks, never whole)', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(canonicalJsonHash(value).digest('hex')).toBe(sha256(canonicalJson(value)));
      }),
      { numRuns: 500 },
    );
  });

  it('escapes strings exactly as JSON does: quotes, backslashes, control characters, lone surrogates', () => {
    const text = fc.string({ unit: 'binary' });
    fc.assert(
      fc.property(fc.dictionary(text, fc.array(text)), (value) => {
        expect(canonicalJsonHash(value).digest('hex')).toBe(sha256(canonicalJson(value)));
      }),
      { numRuns: 500 },
    );
    const tricky = { 'k"\\': ['\ud800', 'a\u001fb', 'é’\u2028', '"quoted"', 'x'.repeat(70000)] };
    expect(canonicalJsonHash(tricky).digest('hex')).toBe(sha256(canonicalJson(tricky)));
  });

  it('leaves out undefined object fields and writes undefined array items as null, like JSON', () => {
    const value = { b: [1, undefined, 'x'], a: undefined, c: { z: 1, y: Number.NaN } };
    expect(canonicalJson(value)).toBe('{"b":[1,null,"x"],"c":{"y":null,"z":1}}');
    expect(canonicalJsonHash(value).digest('hex')).toBe(sha256(canonicalJson(value)));
    const proto = JSON.parse('{"__proto__": 1, "a": 2}') as unknown;
    expect(canonicalJson(proto)).toBe('{"__proto__":1,"a":2}');
    expect(canonicalJsonHash(proto).digest('hex')).toBe(sha256(canonicalJson(proto)));
  });

  it('does not depend on key order, and changes when any text changes', () => {
    const [first] = loadBundled();
    const checklist = first?.checklist;
    if (!checklist) throw new Error('no bundled checklist');
    const reordered = Object.fromEntries(Object.entries(checklist).reverse()) as typeof checklist;
    expect(checklistDigest(reordered)).toBe(checklistDigest(checklist));
    expect(checklistDigest(checklist)).toBe(`sha256:${sha256(canonicalJson(checklist))}`);
    const edited = structuredClone(checklist);
    edited.version = `${edited.version}-edited`;
    expect(checklistDigest(edited)).not.toBe(checklistDigest(checklist));
  });
});
