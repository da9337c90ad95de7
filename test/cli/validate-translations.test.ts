import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot, runCli } from './validate-harness.js';

const DIR = 'test/fixtures/checklists/invalid';
const FR = `${DIR}/translation.fr.yaml`;

describe('validate of a translation file', () => {
  it('reports a missing, an outdated and an unknown entry with file:line:col', async () => {
    const run = await runCli(['validate', FR]);
    expect(run.stdout).toBe(
      `${FR}:32:1 warning translation-missing questions.PRV-HOT-01 is not translated: the English is shown\n` +
        `${FR}:34:13 warning translation-outdated questions.PRV-LAW-01: the English changed since this was translated; check the translation, then delete its source line and run opsc-audit translate to stamp it again\n` +
        `${FR}:50:3 error translation-unknown questions.NOPE-01 is not in the checklist translation\n` +
        '\n✖ 3 problems (1 error, 2 warnings) in 1 file\n',
    );
    expect(run.code).toBe(1);
  });

  it('gives the same diagnostics as JSON, the file counted as a translation', async () => {
    const run = await runCli(['validate', '-f', 'json', FR]);
    const report = JSON.parse(run.stdout) as {
      files: { file: string; kind: string; errorCount: number; warningCount: number }[];
      diagnostics: { code: string; severity: string; line: number; col: number; pointer?: string }[];
    };
    expect(report.files).toEqual([{ file: FR, kind: 'translation', errorCount: 1, warningCount: 2 }]);
    expect(
      report.diagnostics.map(({ code, severity, line, col, pointer }) => ({
        code,
        severity,
        line,
        col,
        pointer,
      })),
    ).toEqual([
      { code: 'translation-missing', severity: 'warning', line: 32, col: 1, pointer: '/questions' },
      {
        code: 'translation-outdated',
        severity: 'warning',
        line: 34,
        col: 13,
        pointer: '/questions/PRV-LAW-01/source',
      },
      { code: 'translation-unknown', severity: 'error', line: 50, col: 3, pointer: '/questions/NOPE-01' },
    ]);
  });

  it('reports in the github and sarif formats too', async () => {
    const github = await runCli(['validate', '-f', 'github', FR]);
    expect(github.stdout).toContain(`::warning file=${FR},line=34,col=13,title=translation-outdated::`);
    const sarif = JSON.parse((await runCli(['validate', '-f', 'sarif', FR])).stdout) as {
      runs: { results: { ruleId: string }[] }[];
    };
    expect(sarif.runs[0]?.results.map((r) => r.ruleId)).toEqual([
      'translation-missing',
      'translation-outdated',
      'translation-unknown',
    ]);
  });

  it('checks checklists and translations together, each diagnostic once', async () => {
    const run = await runCli([
      'validate',
      '-f',
      'json',
      `${DIR}/translation.yaml`,
      FR,
      `${DIR}/translation.es.yaml`,
    ]);
    const report = JSON.parse(run.stdout) as {
      files: { kind: string }[];
      diagnostics: { file: string; code: string }[];
    };
    expect(report.files.map((f) => f.kind)).toEqual(['checklist', 'translation', 'translation']);
    expect(report.diagnostics.filter((d) => d.file === `${DIR}/translation.yaml`).map((d) => d.code)).toEqual(
      ['translation-file-missing'],
    );
    expect(report.diagnostics.filter((d) => d.file === FR)).toHaveLength(3);
    expect(report.diagnostics).toHaveLength(1 + 3 + 5);
  });

  it('lists the languages a bundled checklist has no translation for as one warning, exit 0', async () => {
    const run = await runCli(['validate', 'checklists/sr-remaining-challenges-2016.yaml']);
    expect(run.stdout).toBe(
      'checklists/sr-remaining-challenges-2016.yaml:1:1 warning translation-file-missing no translation into fr, es, ar beside this checklist (opsc-audit translate creates one); the English is shown in those languages\n' +
        '\n✖ 1 problem (0 errors, 1 warning) in 1 file\n',
    );
    expect(run.code).toBe(0);
  });

  it('finds the checklist by its id among the bundled ones when none lies beside the file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'opsc-tr-'));
    writeFileSync(
      join(dir, 'mine.fr.yaml'),
      'format: opsc-audit/checklist-translation@1\nchecklist: sr-practical-approach-2022\nlanguage: fr\nquestions:\n  NOPE-01: { text: Non }\n',
    );
    const run = await runCli(['validate', '-f', 'json', 'mine.fr.yaml'], { cwd: dir });
    const codes = (JSON.parse(run.stdout) as { diagnostics: { code: string }[] }).diagnostics.map(
      (d) => d.code,
    );
    expect(codes).toContain('translation-unknown');
    expect(codes).toContain('translation-missing');
    writeFileSync(
      join(dir, 'other.fr.yaml'),
      'format: opsc-audit/checklist-translation@1\nchecklist: no-such-list\nlanguage: fr\n',
    );
    const missing = await runCli(['validate', 'other.fr.yaml'], { cwd: dir });
    expect(missing.stdout).toContain(
      'other.fr.yaml:2:12 error checklist-not-found no checklist no-such-list beside this translation file (other.yaml) nor among the bundled checklists\n',
    );
    expect(missing.code).toBe(1);
  });

  it('says once that a checklist with errors cannot check its translation, and a translation of another checklist is refused', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'opsc-tr-'));
    copyFileSync(join(repoRoot, DIR, 'band-order.yaml'), join(dir, 'list.yaml'));
    writeFileSync(
      join(dir, 'list.fr.yaml'),
      'format: opsc-audit/checklist-translation@1\nchecklist: list\nlanguage: fr\n',
    );
    const alone = await runCli(['validate', 'list.fr.yaml'], { cwd: dir });
    expect(alone.stdout).toContain(
      'list.fr.yaml:2:12 error checklist-not-found the checklist of this translation (',
    );
    const both = JSON.parse(
      (await runCli(['validate', '-f', 'json', 'list.yaml', 'list.fr.yaml'], { cwd: dir })).stdout,
    ) as {
      diagnostics: { file: string; code: string }[];
    };
    expect(both.diagnostics.filter((d) => d.file === 'list.fr.yaml')).toEqual([]);
    expect(both.diagnostics.filter((d) => d.file === 'list.yaml').map((d) => d.code)).toEqual([
      'band-order',
      'band-order',
    ]);

    copyFileSync(join(repoRoot, 'test/fixtures/translations/small.yaml'), join(dir, 'small.yaml'));
    writeFileSync(
      join(dir, 'small.fr.yaml'),
      'format: opsc-audit/checklist-translation@1\nchecklist: other\nlanguage: fr\n',
    );
    const mismatch = await runCli(['validate', 'small.fr.yaml'], { cwd: dir });
    expect(mismatch.stdout).toContain(
      'small.fr.yaml:2:12 error checklist-mismatch this translation is for other, but small.yaml beside it is small\n',
    );
  });
});
