import { createRequire } from 'node:module';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ValidateFunction } from 'ajv';
import { describe, expect, it } from 'vitest';
import { parseYaml } from '../../src/parse/parse-yaml.js';
import { createAjv } from '../../src/load/ajv-factory.js';
import { loadSchema } from '../../src/load/schema-source.js';
import type { SchemaName } from '../../src/model/schema-source.js';
import { documentKind } from '../../src/validate/validate-document.js';
import { repoRoot } from '../cli/validate-harness.js';

const require = createRequire(import.meta.url);
const dirs = ['checklists/valid', 'checklists/invalid', 'answers/valid', 'answers/invalid', 'translations'];
const documents = dirs.flatMap((dir) =>
  readdirSync(join(repoRoot, 'test/fixtures', dir))
    .filter((n) => n.endsWith('.yaml'))
    .map((n) => {
      const data = parseYaml(readFileSync(join(repoRoot, 'test/fixtures', dir, n), 'utf8')).data;
      return { name: `${dir}/${n}`, data, kind: data === undefined ? undefined : documentKind(data) };
    })
    .filter((d): d is { name: string; data: unknown; kind: SchemaName } => d.kind !== undefined),
);

const summary = (validate: ValidateFunction, data: unknown): string[] => {
  validate(data);
  return (validate.errors ?? []).map((e) => `${e.instancePath} ${e.keyword} ${JSON.stringify(e.params)}`);
};

describe('validators compiled at build time (dist/validate/generated)', () => {
  const runtime = {
    checklist: createAjv().compile(loadSchema('checklist') as object),
    answers: createAjv().compile(loadSchema('answers') as object),
    'checklist-translation': createAjv().compile(loadSchema('checklist-translation') as object),
  };

  it.each(documents.map((d) => [d.name, d] as const))('agree with the schema on %s', (_name, d) => {
    const built = require(join(repoRoot, 'dist/validate/generated', `${d.kind}.cjs`)) as ValidateFunction;
    expect(summary(built, d.data)).toEqual(summary(runtime[d.kind], d.data));
  });
});
