import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import yaml from 'js-yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswersFile, Checklist } from '../../src/model/checklist.js';
import { checklistDigest, questionDigest } from '../../src/model/digest.js';
import { indexChecklist } from '../../src/model/checklist.js';
import { applyTranslation } from '../../src/translate/apply-translation.js';
import type { ChecklistTranslation } from '../../src/model/checklist.js';
import { readCsv, writeCsv } from '../../src/sheets/csv.js';
import { repoRoot, runCli } from './validate-harness.js';

// The small checklist of the translation tests and its partial French translation (PRV-HOT-01 and PRO-POL-02 are
// not translated: their English is shown).
const FIXTURES = join(repoRoot, 'test', 'fixtures', 'translations');
const FR = { OPSC_LANG: 'fr' };
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'opsc-translated-'));
  for (const name of ['small.yaml', 'small.fr.yaml']) copyFileSync(join(FIXTURES, name), join(dir, name));
});

const readAnswersFile = (file: string): AnswersFile =>
  yaml.load(readFileSync(join(dir, file), 'utf8'), { schema: yaml.CORE_SCHEMA }) as AnswersFile;

describe('a checklist shown in the language of the command', () => {
  it('show: the outline has the translated text, and the English where the translation has none', async () => {
    const run = await runCli(['show', 'small.yaml'], { cwd: dir, env: FR });
    expect(run.stderr).toBe('');
    expect(run.stdout).toContain('Petite liste (small 1.0.0)');
    expect(run.stdout).toContain('PRV-LAW-01  L’âge minimum du mariage est-il de 18 ans ?');
    expect(run.stdout).toContain('PRV-HOT-01  Who runs the helpline?');
  });

  it('show -f md and html: questions, guidance, scale labels and units translated', async () => {
    for (const format of ['md', 'html']) {
      const run = await runCli(['show', 'small.yaml', '-f', format], { cwd: dir, env: FR });
      expect(run.code).toBe(0);
      const text = run.stdout.replace(/<[^>]+>/g, '');
      expect(text).toContain('L’âge minimum du mariage est-il de 18 ans ?');
      expect(text).toContain('À vérifier :');
      expect(text).toContain('Inexistant');
      expect(text).toContain('Fonctionne à certains endroits');
      expect(text).toContain('policiers');
      expect(text).not.toContain('Is 18 the minimum age of marriage?');
    }
  });

  it('in a language with no translation file: the English, and one note on stderr', async () => {
    const run = await runCli(['show', 'small.yaml', '-f', 'md'], { cwd: dir, env: { OPSC_LANG: 'es' } });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Is 18 the minimum age of marriage?');
    // One line (its wording is the Spanish catalog's), naming the checklist and its own language.
    expect(run.stderr.split('\n')).toHaveLength(2);
    expect(run.stderr).toMatch(/^opsc-audit: .*small.*\(inglés\)/);
  });

  it('in the checklist’s own language: nothing read, nothing said', async () => {
    const run = await runCli(['show', 'small.yaml'], { cwd: dir });
    expect(run.stderr).toBe('');
    expect(run.stdout).toContain('Is 18 the minimum age of marriage?');
  });

  it('never takes a translation file for a checklist', async () => {
    const run = await runCli(['show', 'small.fr.yaml'], { cwd: dir, env: FR });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('small.fr.yaml');
    const list = await runCli(['list', '--json']);
    expect((JSON.parse(list.stdout) as { id: string }[]).map((c) => c.id)).not.toContain(
      'sr-practical-approach-2022.fr',
    );
  });
});

describe('export -f xlsx in French', () => {
  it('writes the translated questions, guidance and levels, and the checklist’s digest', async () => {
    const run = await runCli(['export', 'small.yaml', '-o', 'blank-fr.xlsx'], { cwd: dir, env: FR });
    expect(run.code).toBe(0);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(join(dir, 'blank-fr.xlsx'));
    const cells: string[] = [];
    book.eachSheet((sheet) => {
      sheet.eachRow((row) => {
        row.eachCell((cell) => cells.push(cell.text));
      });
    });
    const all = cells.join('\n');
    expect(all).toContain('L’âge minimum du mariage est-il de 18 ans ?');
    expect(all).toContain('À vérifier : le code civil.');
    expect(all).toContain('En partie');
    expect(all).toContain('Who runs the helpline?');
    expect(all).not.toContain('Is 18 the minimum age of marriage?');
    const checklist = yaml.load(readFileSync(join(FIXTURES, 'small.yaml'), 'utf8')) as Checklist;
    expect(all).toContain(checklistDigest(checklist));
  });
});

describe('digests never change with a translation', () => {
  it('the translated copy has the checklist digest and every question digest of the checklist', () => {
    const checklist = yaml.load(readFileSync(join(FIXTURES, 'small.yaml'), 'utf8')) as Checklist;
    const translation = yaml.load(
      readFileSync(join(FIXTURES, 'small.fr.yaml'), 'utf8'),
    ) as ChecklistTranslation;
    const translated = applyTranslation(checklist, translation);
    expect(translated.title).toBe('Petite liste');
    expect(checklistDigest(translated)).toBe(checklistDigest(checklist));
    const english = indexChecklist(checklist).questions.map(questionDigest);
    expect(indexChecklist(translated).questions.map(questionDigest)).toEqual(english);
    // A copy made by hand (not through applyTranslation) with a changed text has another digest: the test can fail.
    const edited = { ...checklist, title: 'Petite liste' };
    expect(checklistDigest(edited)).not.toBe(checklistDigest(checklist));
  });

  it('a sheet exported in French reads back exactly, with the digests of one answered in English', async () => {
    const answers = {
      'PRV-LAW-01': 'partial',
      'PRV-HOT-01': 'ngo',
      'PRO-POL-01': '150',
      'PRO-POL-02': 'none',
    };
    const labels = {
      fr: {
        'PRV-LAW-01': 'En partie',
        'PRV-HOT-01': 'An NGO',
        'PRO-POL-01': '150',
        'PRO-POL-02': 'Inexistant',
      },
      en: {
        'PRV-LAW-01': 'In part',
        'PRV-HOT-01': 'An NGO',
        'PRO-POL-01': '150',
        'PRO-POL-02': 'Not in place',
      },
    };
    const files: Record<string, AnswersFile> = {};
    for (const lang of ['fr', 'en'] as const) {
      const env = { OPSC_LANG: lang };
      const exported = await runCli(['export', 'small.yaml', '-f', 'csv', '-o', `blank-${lang}.csv`], {
        cwd: dir,
        env,
      });
      expect(exported.code).toBe(0);
      const csv = readCsv(readFileSync(join(dir, `blank-${lang}.csv`), 'utf8').replace(/^\uFEFF/, ''), 100);
      if (!csv.ok) throw new Error('unreadable CSV');
      const header = csv.rows[1] ?? [];
      const column = header.indexOf(lang === 'fr' ? (header[5] ?? '') : 'Your answer');
      const filled = csv.rows.map((row) => {
        const label = labels[lang][row[0] as keyof typeof answers] as string | undefined;
        return label === undefined ? row : row.map((cell, i) => (i === column ? label : cell));
      });
      writeFileSync(join(dir, `filled-${lang}.csv`), writeCsv(filled));
      const imported = await runCli(
        ['import', `filled-${lang}.csv`, '-o', `answers-${lang}.yaml`, '--checklist', 'small.yaml'],
        {
          cwd: dir,
          env,
        },
      );
      expect(imported.stderr).toContain('answers-');
      expect(imported.code).toBe(0);
      files[lang] = readAnswersFile(`answers-${lang}.yaml`);
    }
    const strip = (file: AnswersFile) =>
      Object.fromEntries(Object.entries(file.answers).map(([id, a]) => [id, { ...a, answered: undefined }]));
    expect(strip(files.fr as AnswersFile)).toEqual(strip(files.en as AnswersFile));
    expect(files.fr?.checklist).toEqual(files.en?.checklist);
    expect(
      Object.fromEntries(Object.entries(files.fr?.answers ?? {}).map(([id, a]) => [id, a.level ?? a.value])),
    ).toEqual({
      ...answers,
      'PRO-POL-01': 150,
    });
    // The French answers validate clean, in English and in French.
    for (const env of [{}, FR]) {
      const check = await runCli(['validate', 'small.yaml', 'answers-fr.yaml', '-f', 'json'], {
        cwd: dir,
        env,
      });
      const codes = (
        JSON.parse(check.stdout) as { diagnostics: { file: string; code: string }[] }
      ).diagnostics
        .filter((d) => d.file === 'answers-fr.yaml')
        .map((d) => d.code);
      expect(codes).toEqual([]);
    }
  });

  it('report, score and compare of those answers in French: translated text, same digests', async () => {
    const report = await runCli(
      ['report', 'answers-fr.yaml', '--checklist', 'small.yaml', '-f', 'md', '--detail', 'full'],
      {
        cwd: dir,
        env: FR,
      },
    );
    expect(report.stderr).toBe('');
    expect(report.stdout).toContain('Petite liste');
    expect(report.stdout).toContain('L’âge minimum du mariage est-il de 18 ans ?');
    expect(report.stdout).not.toContain('Is 18 the minimum age of marriage?');
    const json = await runCli(['report', 'answers-fr.yaml', '--checklist', 'small.yaml', '-f', 'json'], {
      cwd: dir,
      env: FR,
    });
    const english = await runCli(['report', 'answers-fr.yaml', '--checklist', 'small.yaml', '-f', 'json'], {
      cwd: dir,
    });
    const digest = (out: string): unknown => JSON.stringify(out).match(/sha256:[0-9a-f]{64}/)?.[0];
    expect(digest(json.stdout)).toBeDefined();
    expect(digest(json.stdout)).toBe(digest(english.stdout));
    const score = await runCli(['score', 'answers-fr.yaml', '--checklist', 'small.yaml'], {
      cwd: dir,
      env: FR,
      tty: false,
    });
    expect(score.stdout).toContain('Petite liste');
    const compare = await runCli(
      ['compare', 'answers-fr.yaml', 'answers-en.yaml', '--checklist', 'small.yaml', '-f', 'md'],
      {
        cwd: dir,
        env: FR,
      },
    );
    expect(compare.code).toBe(0);
    expect(compare.stdout).toContain('Petite liste');
  });
});
