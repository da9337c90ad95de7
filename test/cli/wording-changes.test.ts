import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { indexChecklist, type AnswersFile, type Checklist } from '../../src/model/checklist.js';
import { checklistDigest, legacyQuestionDigest, questionDigest } from '../../src/model/digest.js';
import { syncChecklistHeader } from '../../src/interview/changes.js';
import { repoRoot, runCli } from './validate-harness.js';

const scratch = mkdtempSync(join(tmpdir(), 'opsc-wording-'));
afterAll(() => {
  rmSync(scratch, { recursive: true, force: true });
});

const originalText = readFileSync(join(repoRoot, 'test/fixtures/checklists/valid/minimal.yaml'), 'utf8');
const original = indexChecklist(parse(originalText) as Checklist);
const digestOf = (id: string): string => {
  const q = original.byId.get(id);
  if (!q) throw new Error(id);
  return questionDigest(q);
};

function write(name: string, text: string): string {
  const file = join(scratch, name);
  writeFileSync(file, text);
  return file;
}

/** Answers made against the original minimal checklist, as the interview records them (with or without a header digest). */
function answers(name: string, header: 'digest' | 'none', organization = 'Ministry'): string {
  const digest = header === 'digest' ? `, digest: "${checklistDigest(original.checklist)}"` : '';
  return write(
    name,
    [
      'format: opsc-audit/answers@1',
      `checklist: { id: minimal, version: 1.0.0${digest} }`,
      `respondent: { organization: ${organization}, role: government }`,
      'answers:',
      `  PRV-LAW-01: { level: partial, digest: ${digestOf('PRV-LAW-01')} }`,
      `  PRV-HOT-01: { value: false, digest: ${digestOf('PRV-HOT-01')} }`,
      `  PRO-POL-01: { level: none, digest: ${digestOf('PRO-POL-01')} }`,
      '',
    ].join('\n'),
  );
}

const reworded = write(
  'reworded.yaml',
  originalText.replace('Is 18 the minimum age of marriage?', 'Is 16 the minimum age of marriage?'),
);
// The same words, but the level "partial" now means something else to whoever answers.
const relabelled = write(
  'relabelled.yaml',
  originalText.replace(
    '{ key: partial, value: 2, label: In part }',
    '{ key: partial, value: 2, label: Fully }',
  ),
);

describe('issue 12 point 8: answers made against another wording are never scored silently', () => {
  it('12.8: score warns about a reworded question even when the file has no checklist digest, and about the missing digest', async () => {
    const file = answers('no-digest.yaml', 'none');
    const run = await runCli(['score', file, '--checklist', reworded]);
    expect(run.code).toBe(0);
    const lines = run.stderr.trim().split('\n');
    expect(lines).toEqual([
      `${file}:2:12 warning digest-missing the file records no checklist digest, so its scores cannot be checked against wording changes in the checklist (add "digest: ${checklistDigest(parse(readFileSync(reworded, 'utf8')) as Checklist)}" under "checklist" once the answers are checked against version 1.0.0)`,
      `${file}:5:41 warning question-changed PRV-LAW-01 was reworded, or its scale or options changed, since it was answered; the answer is scored as it stands: review it`,
    ]);
  });

  it('12.8: a relabelled scale level counts as a change of every answered question on that scale (validate, score, report)', async () => {
    const file = answers('relabel.yaml', 'digest');
    const validate = await runCli(['validate', file, '--checklist', relabelled]);
    expect(validate.stdout).not.toContain('no answered question changed');
    expect(validate.stdout).toContain('2 answered questions changed since (PRV-LAW-01, PRO-POL-01)');
    expect(validate.stdout).toContain('5:41 warning question-changed PRV-LAW-01 ');
    expect(validate.stdout).toContain('7:38 warning question-changed PRO-POL-01 ');
    expect(validate.stdout).not.toContain('PRV-HOT-01 was');
    for (const command of ['score', 'report']) {
      const run = await runCli([command, file, '--checklist', relabelled]);
      expect(run.code, command).toBe(0);
      const changed = run.stderr.split('\n').filter((l) => l.includes(' warning question-changed '));
      expect(changed.map((l) => l.replace(/^.*question-changed (\S+) .*$/, '$1'))).toEqual([
        'PRV-LAW-01',
        'PRO-POL-01',
      ]);
    }
  });

  it('12.8: compare warns, one line per question, about a level relabelled since both files were answered', async () => {
    const base = answers('base.yaml', 'digest', 'Ministry');
    const current = answers('current.yaml', 'digest', 'Ministry');
    const run = await runCli(['compare', base, current, '--checklist', relabelled, '-f', 'json']);
    expect(run.code).toBe(0);
    const lines = run.stderr.split('\n').filter((l) => l.startsWith('opsc-audit: warning: '));
    expect(lines).toEqual([
      'opsc-audit: warning: PRV-LAW-01 was reworded, or its scale or options changed, between the versions the two files were made against; it is left out of the comparison',
      'opsc-audit: warning: PRO-POL-01 was reworded, or its scale or options changed, between the versions the two files were made against; it is left out of the comparison',
    ]);
  });

  it('12.8: digests written before labels counted are accepted while the header vouches for the checklist, not after it changed', async () => {
    const q = original.byId.get('PRV-LAW-01');
    if (!q) throw new Error('PRV-LAW-01');
    const text = readFileSync(answers('legacy.yaml', 'digest'), 'utf8').replace(
      digestOf('PRV-LAW-01'),
      legacyQuestionDigest(q),
    );
    const file = write('legacy.yaml', text);
    const same = await runCli([
      'validate',
      file,
      '--checklist',
      join(repoRoot, 'test/fixtures/checklists/valid/minimal.yaml'),
    ]);
    expect(same.stdout).toBe('✔ 1 file checked, no problems\n');
    const changed = await runCli(['score', file, '--checklist', relabelled]);
    expect(changed.stderr).toContain('warning question-changed PRV-LAW-01 ');
  });

  it('12.8: the interview gives a file without a checklist digest one, even while an answer awaits review', () => {
    const file = parse(readFileSync(answers('resume.yaml', 'none'), 'utf8')) as AnswersFile;
    const index = indexChecklist(parse(readFileSync(reworded, 'utf8')) as Checklist);
    syncChecklistHeader(file, index);
    expect(file.checklist).toEqual({
      id: 'minimal',
      version: '1.0.0',
      digest: checklistDigest(index.checklist),
    });
    // The answer made against the old wording is still reported, by its own digest.
    expect(file.answers['PRV-LAW-01']?.digest).toBe(digestOf('PRV-LAW-01'));
  });
});
