import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from './validate-harness.js';

/** Names that a plain object answers for through Object.prototype. */
const NAMES = ['constructor', '__proto__', 'toString', 'hasOwnProperty'];

const scratch = mkdtempSync(join(tmpdir(), 'opsc-proto-'));
afterAll(() => {
  rmSync(scratch, { recursive: true, force: true });
});

/** A small checklist with a named scale, a choice question and a conditional question; `edit` injects a name. */
function checklist(edit: { scale?: string; source?: string; target?: string; when?: string }): string {
  return [
    'format: opsc-audit/checklist@1',
    'id: proto-names',
    'version: 1.0.0',
    'title: Names',
    'language: en',
    'sources:',
    '  - { id: A/HRC/49/51, title: Report, paragraphs: 94 }',
    'scale:',
    '  - { key: none, value: 0, label: None }',
    '  - { key: full, value: 1, label: Full }',
    'scales:',
    '  frequency:',
    '    - { key: never, value: 0, label: Never }',
    '    - { key: always, value: 2, label: Always }',
    'bands:',
    '  - { min: 0, label: Low }',
    'pillars: [prevention]',
    'themes: [online]',
    'sections:',
    '  - id: s1',
    '    pillar: prevention',
    '    title: Section',
    '    questions:',
    '      - id: Q-1',
    '        text: Scaled?',
    `        scale: ${JSON.stringify(edit.scale ?? 'frequency')}`,
    `        sources: [{ source: ${JSON.stringify(edit.source ?? 'A/HRC/49/51')}, para: "3" }]`,
    '        basis: practice',
    '        themes: [online]',
    '      - id: Q-2',
    '        text: Which?',
    '        kind: choice',
    '        options: [{ key: a, score: 0, label: A }, { key: b, score: 1, label: B }]',
    `        target: ${JSON.stringify(edit.target ?? 'b')}`,
    '        basis: practice',
    '        themes: [online]',
    '      - id: Q-3',
    '        text: Then?',
    `        when: ${edit.when ?? '{ question: Q-2, equals: b }'}`,
    '        basis: practice',
    '        themes: [online]',
    '',
  ].join('\n');
}

function answers(body: string): string {
  return `format: opsc-audit/answers@1\nchecklist: { id: proto-names, version: 1.0.0 }\nrespondent: {}\nanswers:\n${body}\n`;
}

function write(name: string, text: string): string {
  const file = join(scratch, name);
  writeFileSync(file, text);
  return file;
}

const good = write('good.yaml', checklist({}));

/** Every way a checklist refers to another part of itself, given a name. */
const checklistRefs: [kind: string, edit: (name: string) => Parameters<typeof checklist>[0]][] = [
  ['scale', (name) => ({ scale: name })],
  ['source', (name) => ({ source: name })],
  ['option (target)', (name) => ({ target: name })],
  ['option (condition)', (name) => ({ when: `{ question: Q-2, equals: ${JSON.stringify(name)} }` })],
  ['question (condition)', (name) => ({ when: `{ question: ${JSON.stringify(name)}, answered: true }` })],
];

/** Every way an answers file refers to a part of the checklist, given a name. */
const answerRefs: [kind: string, body: (name: string) => string][] = [
  ['scale level', (name) => `  Q-1: { level: ${JSON.stringify(name)} }`],
  ['option', (name) => `  Q-2: { value: ${JSON.stringify(name)} }`],
  ['question', (name) => `  ${JSON.stringify(name)}: { unknown: true }`],
];

describe('issue 12 point 15: names that Object.prototype answers for never reach it', () => {
  it.each(checklistRefs.flatMap(([kind, edit]) => NAMES.map((name) => [kind, name, edit(name)] as const)))(
    '12.15: a checklist naming %s "%s" gets a diagnostic from validate, show and score, never an internal error',
    async (_kind, name, edit) => {
      const file = write(`checklist-${Object.keys(edit).join('')}-${name}.yaml`, checklist(edit));
      const validate = await runCli(['validate', file]);
      expect(validate.stderr).toBe('');
      expect(validate.code).toBe(1);
      // One located error naming the bad reference (or its pattern), nothing inherited.
      expect(validate.stdout).toMatch(
        new RegExp(`${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:\\d+:\\d+ error`),
      );
      const show = await runCli(['show', file]);
      expect(show.code).toBe(2);
      expect(show.stderr).not.toContain('internal error');
      const answersFile = write(`answers-for-${name}.yaml`, answers('  Q-2: { value: b }'));
      const score = await runCli(['score', answersFile, '--checklist', file]);
      expect(score.code).toBe(2);
      expect(score.stderr).not.toContain('internal error');
    },
  );

  it('12.15: `scale: constructor` is reported as an unknown scale at its line and column', async () => {
    const file = write('scale-constructor.yaml', checklist({ scale: 'constructor' }));
    const run = await runCli(['validate', file]);
    expect(run.stdout).toContain(
      `${file}:26:16 error unknown-scale scale "constructor" is not defined under "scales"`,
    );
    expect(run.code).toBe(1);
  });

  it.each(answerRefs.flatMap(([kind, body]) => NAMES.map((name) => [kind, name, body(name)] as const)))(
    '12.15: an answers file naming %s "%s" gets a diagnostic from validate and score, never an internal error',
    async (_kind, name, body) => {
      const file = write(`answers-${name}-${body.length}.yaml`, answers(body));
      const validate = await runCli(['validate', file, '--checklist', good]);
      expect(validate.stderr).toBe('');
      expect(validate.code).toBe(1);
      expect(validate.stdout).toMatch(
        /:\d+:\d+ error (unknown-level|unknown-option|unknown-question|forbidden-key) /,
      );
      const score = await runCli(['score', file, '--checklist', good]);
      expect(score.code).toBe(2);
      expect(score.stderr).not.toContain('internal error');
      expect(score.stderr).toMatch(
        /:\d+:\d+ error (unknown-level|unknown-option|unknown-question|forbidden-key) /,
      );
    },
  );
});
