import { mkdtemp, readFile, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { PassThrough } from 'node:stream';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { runMerge } from '../../src/commands/merge.js';
import type { AnswersFile } from '../../src/model/checklist.js';
import type { Io } from '../../src/model/io.js';
import { ScriptedPrompter, type Step } from '../fixtures/interview/scripted-prompter.js';
import { repoRoot, runCli } from './validate-harness.js';

const CHECKLIST = join(repoRoot, 'test/fixtures/checklists/valid/minimal.yaml');
const F = (name: string) => join(repoRoot, 'test/fixtures/merge', name);
const NOW = new Date('2026-11-21T08:00:00Z');

async function merge(files: string[], extra: string[] = []) {
  const dir = await mkdtemp(join(tmpdir(), 'merge-'));
  const out = join(dir, 'merged.yaml');
  const run = await runCli(['merge', ...files.map(F), '-o', out, '--checklist', CHECKLIST, ...extra]);
  const written = await readFile(out, 'utf8').catch(() => undefined);
  return { ...run, out, dir, merged: written === undefined ? undefined : (parse(written) as AnswersFile) };
}

describe('merge: parts answered by different ministries', () => {
  it('disjoint parts: every answer kept, each naming who gave it; both ministries are contributors', async () => {
    const { code, merged, stdout } = await merge(['justice.yaml', 'police.yaml']);
    expect(code).toBe(0);
    expect(Object.keys(merged?.answers ?? {})).toEqual([
      'PRV-LAW-01',
      'PRV-HOT-01',
      'PRV-HOT-02',
      'PRO-POL-01',
    ]);
    expect(merged?.answers['PRV-LAW-01']).toMatchObject({ level: 'partial', by: ['ministry-of-justice'] });
    expect(merged?.answers['PRO-POL-01']).toMatchObject({ level: 'partial', by: ['national-police'] });
    expect(merged?.answers['PRV-HOT-02']).toMatchObject({ skipped: true });
    expect(merged?.contributors).toEqual({
      'ministry-of-justice': {
        name: 'A. Mensah',
        organization: 'Ministry of Justice',
        role: 'government',
        country: 'Veloria',
        date: '2026-11-18',
      },
      'national-police': {
        name: 'K. Osei',
        organization: 'National Police',
        role: 'government',
        country: 'Veloria',
        date: '2026-11-19',
      },
    });
    // The first file's respondent, with the latest date of all.
    expect(merged?.respondent).toEqual({
      country: 'Veloria',
      organization: 'Ministry of Justice',
      role: 'government',
      name: 'A. Mensah',
      date: '2026-11-19',
    });
    expect(stdout).toContain('None answered differently.');
    expect(stdout).toContain('None answered the same in more than one file.');
  });

  it('overlapping equal answers: one answer, both contributors, notes and evidence combined without repeats', async () => {
    const { code, merged, stdout } = await merge(['justice.yaml', 'interior.yaml']);
    expect(code).toBe(0);
    expect(merged?.answers['PRV-HOT-01']).toEqual({
      value: true,
      notes: 'Helpline 116 111.\n\nThe police answer the helpline at night.',
      // The same item in both files, once; one copy is not public, so neither is the merged one.
      evidence: [{ title: 'Helpline annual report 2025', date: '2026-02-01', public: false }],
      answered: '2026-11-20T14:00:00Z',
      by: ['ministry-of-justice', 'ministry-of-the-interior'],
    });
    // A skipped answer never overrides a real one.
    expect(merged?.answers['PRV-HOT-02']).toMatchObject({
      level: 'established',
      by: ['ministry-of-the-interior'],
    });
    expect(stdout).toContain('1 answered the same in more than one file');
    expect(stdout).toContain('4 questions answered in the merged file');
  });
});

describe('merge: conflicts', () => {
  it('without --prefer and without a terminal: exit 2, one line per conflict in words, nothing written', async () => {
    const { code, merged, stderr } = await merge(['justice.yaml', 'interior-conflict.yaml']);
    expect(code).toBe(2);
    expect(merged).toBeUndefined();
    const lines = stderr.trim().split('\n');
    expect(lines[0]).toContain('1 question is answered differently and nothing was written');
    expect(lines[0]).toContain('--prefer latest');
    expect(lines[1]).toBe(
      `  PRV-LAW-01: “In part”: Ministry of Justice (A. Mensah), in ${F('justice.yaml')} and “Established”: Ministry of the Interior, in ${F('interior-conflict.yaml')}`,
    );
  });

  it('--prefer latest keeps the answer given last, and says so', async () => {
    const { code, merged, stdout } = await merge(
      ['justice.yaml', 'interior-conflict.yaml'],
      ['--prefer', 'latest'],
    );
    expect(code).toBe(0);
    expect(merged?.answers['PRV-LAW-01']).toMatchObject({
      level: 'established',
      notes: 'The 2025 amendment removed the exception.',
      by: ['ministry-of-the-interior'],
    });
    expect(stdout).toMatch(
      /PRV-LAW-01: kept “Established”: .* over “In part”: .*\(the answer given last, --prefer latest\)/,
    );
  });

  it('--prefer first keeps the answer of the file named first, whichever that is', async () => {
    const one = await merge(['justice.yaml', 'interior-conflict.yaml'], ['--prefer', 'first']);
    expect(one.merged?.answers['PRV-LAW-01']).toMatchObject({
      level: 'partial',
      by: ['ministry-of-justice'],
    });
    expect(one.stdout).toContain('(the file named first, --prefer first)');
    const two = await merge(['interior-conflict.yaml', 'justice.yaml'], ['--prefer', 'first']);
    expect(two.merged?.answers['PRV-LAW-01']).toMatchObject({ level: 'established' });
  });

  it('in a terminal: one select per conflict, showing both answers in words with notes, the choice kept', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'merge-'));
    const steps: Step[] = [{ select: 'Which answer to PRV-LAW-01 goes into the merged file?', pick: '1' }];
    const { code, prompter, out } = await runScripted(dir, steps);
    expect(code).toBe(0);
    const shown = prompter.printed.join('\n');
    expect(shown).toContain(
      'Conflict 1 of 1: PRV-LAW-01 is answered differently\nIs 18 the minimum age of marriage?',
    );
    expect(shown).toContain('  “In part”: Ministry of Justice (A. Mensah)\n    in ');
    expect(shown).toContain("Notes: Civil Code art. 14 allows marriage at 16 with a judge's consent.");
    expect(shown).toContain('  “Established”: Ministry of the Interior\n');
    expect(shown).toContain('Notes: The 2025 amendment removed the exception.');
    expect(prompter.selects[0]?.choices.map((c) => c.name)).toEqual([
      '“In part” (Ministry of Justice)',
      '“Established” (Ministry of the Interior)',
    ]);
    const merged = parse(await readFile(out, 'utf8')) as AnswersFile;
    expect(merged.answers['PRV-LAW-01']?.level).toBe('established');
  });

  it('in a terminal, Ctrl-C at the choice: exit 130 and nothing written', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'merge-'));
    const { error, out } = await runScripted(dir, [{ cancel: 'select' }]);
    expect((error as Error).message).toBe('Interrupted: nothing was written.');
    await expect(stat(out)).rejects.toThrow();
  });
});

describe('merge: files that cannot be merged', () => {
  it('different checklists are refused naming the file and both checklists, exit 2', async () => {
    const { code, stderr, merged } = await merge(['justice.yaml', 'other-checklist.yaml']);
    expect(code).toBe(2);
    expect(merged).toBeUndefined();
    expect(stderr).toBe(
      `opsc-audit: ${F('other-checklist.yaml')} is for checklist all-kinds 1.0.0, but ${F('justice.yaml')} is for checklist minimal 1.0.0: only answers files of the same checklist can be merged\n`,
    );
  });

  it('different versions of one checklist are refused, exit 2', async () => {
    const { code, stderr, merged } = await merge(['justice.yaml', 'other-version.yaml']);
    expect(code).toBe(2);
    expect(merged).toBeUndefined();
    expect(stderr).toContain(
      `${F('other-version.yaml')} is for minimal version 1.1.0, but ${F('justice.yaml')} is for version 1.0.0`,
    );
  });

  it('another text of the same checklist version (a different digest) is refused, exit 2', async () => {
    const { code, stderr, merged } = await merge(['justice.yaml', 'other-digest.yaml']);
    expect(code).toBe(2);
    expect(merged).toBeUndefined();
    expect(stderr).toBe(
      `opsc-audit: ${F('other-digest.yaml')} and ${F('justice.yaml')} are both for minimal 1.0.0, but were made against different texts of it (their checklist digests differ): they cannot be merged\n`,
    );
  });

  it('-o naming an input is refused before anything is asked; a file named twice is read once', async () => {
    const copy = await mkdtemp(join(tmpdir(), 'merge-'));
    const mine = join(copy, 'justice.yaml');
    await writeFile(mine, await readFile(F('justice.yaml')));
    const refused = await runCli([
      'merge',
      mine,
      F('interior-conflict.yaml'),
      '-o',
      mine,
      '--checklist',
      CHECKLIST,
    ]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('would overwrite the input file');
    expect(await readFile(mine, 'utf8')).toBe(await readFile(F('justice.yaml'), 'utf8'));
    const twice = await merge(['justice.yaml', '../merge/justice.yaml']);
    expect(twice.code).toBe(0);
    expect(twice.stderr).toContain('is the same file as');
    expect(twice.stdout).toContain('Only one file to merge');
  });

  it('an unreadable input is reported as the other commands do', async () => {
    const { code, stderr } = await merge(['justice.yaml', 'missing.yaml']);
    expect(code).toBe(2);
    expect(stderr).toBe(`opsc-audit: ${F('missing.yaml')}: no such file\n`);
  });
});

describe('merge: the merged file', () => {
  it('keeps the language the parts were answered in when they agree, and records none when they differ', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'merge-lang-'));
    const inLanguage = async (name: string, language: string): Promise<string> => {
      const text = await readFile(F(name), 'utf8');
      const path = join(dir, `${language}-${name}`);
      await writeFile(path, text.replace('\nrespondent:', `\nlanguage: ${language}\nrespondent:`));
      return path;
    };
    const mergedOf = async (files: string[]): Promise<AnswersFile> => {
      const out = join(dir, `merged-${files.length}-${Math.random()}.yaml`);
      const run = await runCli(['merge', ...files, '-o', out, '--checklist', CHECKLIST]);
      expect(run.code).toBe(0);
      return parse(await readFile(out, 'utf8')) as AnswersFile;
    };
    const french = [await inLanguage('justice.yaml', 'fr'), await inLanguage('police.yaml', 'fr')];
    expect((await mergedOf(french)).language).toBe('fr');
    const mixed = [french[0] ?? '', await inLanguage('police.yaml', 'es')];
    expect((await mergedOf(mixed)).language).toBeUndefined();
  });

  it('passes validate, and its Markdown and HTML reports list every contributor', async () => {
    const { out } = await merge(['justice.yaml', 'interior.yaml', 'police.yaml']);
    const validated = await runCli(['validate', out, '--checklist', CHECKLIST]);
    expect(validated.stdout).toBe('✔ 1 file checked, no problems\n');
    expect(validated.code).toBe(0);
    const md = await runCli(['report', out, '--checklist', CHECKLIST, '-f', 'md']);
    expect(md.code).toBe(0);
    expect(md.stdout).toContain(
      [
        '**Answers given by**',
        '',
        '- Ministry of Justice, A. Mensah (government)',
        '- Ministry of the Interior (government)',
        '- National Police, K. Osei (government)',
      ].join('\n'),
    );
    const html = await runCli(['report', out, '--checklist', CHECKLIST, '-f', 'html']);
    expect(html.code).toBe(0);
    expect(html.stdout).toContain(
      '<div class="profile-contributors"><dt>Answers given by</dt><dd><ul><li>Ministry of Justice, A. Mensah (government)</li><li>Ministry of the Interior (government)</li><li>National Police, K. Osei (government)</li></ul></dd></div>',
    );
    const docx = join(dirname(out), 'merged.docx');
    expect((await runCli(['report', out, '--checklist', CHECKLIST, '-f', 'docx', '-o', docx])).code).toBe(0);
    const xml = await (
      await JSZip.loadAsync(await readFile(docx))
    )
      .file('word/document.xml')
      ?.async('string');
    const text = (xml ?? '').replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
    expect(text).toContain(
      'Answers given by Ministry of Justice, A. Mensah (government) Ministry of the Interior (government) National Police, K. Osei (government)',
    );
  });
});

async function runScripted(dir: string, steps: Step[]) {
  const out = join(dir, 'merged.yaml');
  const prompter = new ScriptedPrompter(steps);
  const io: Io = {
    cwd: repoRoot,
    env: {},
    stdin: Object.assign(new PassThrough(), { isTTY: true }),
    stdout: { write: () => undefined, isTTY: true },
    stderr: { write: () => undefined },
  };
  let code: number | undefined;
  let error: unknown;
  try {
    code = await runMerge(
      [F('justice.yaml'), F('interior-conflict.yaml')],
      { output: out, checklist: CHECKLIST },
      io,
      { prompter, now: () => NOW },
    );
  } catch (e) {
    error = e;
  }
  prompter.assertDone();
  return { code, error, prompter, out };
}
