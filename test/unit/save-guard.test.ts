import { mkdtemp, readFile, readdir, stat, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { AnswersFile } from '../../src/model/checklist.js';
import { guardedSave, SaveConflictError } from '../../src/answers/guarded-save.js';
import { stampFile } from '../../src/answers/disk-stamp.js';
import { serializeAnswers } from '../../src/answers/serialize.js';

const NOW = new Date('2026-01-02T12:00:00Z');

function file(level: string): AnswersFile {
  return {
    format: 'opsc-audit/answers@1',
    checklist: { id: 'interview-small', version: '1.0.0' },
    respondent: { country: 'Kenya' },
    answers: { 'LAW-01': { level, notes: 'Line one\nline two' }, 'LAW-02': { value: true } },
  };
}

/** An answers file saved twice by an interview's save function, with `meanwhile` run between the saves. */
async function saveTwice(meanwhile: (path: string) => Promise<void>) {
  const dir = await mkdtemp(join(tmpdir(), 'save-guard-'));
  const path = join(dir, 'a.yaml');
  const save = guardedSave({ path, display: 'a.yaml' }, await stampFile(path), {
    now: () => NOW,
    resume: 'r',
  });
  await save(file('none'));
  await meanwhile(path);
  const error = await save(file('partial')).then(
    () => undefined,
    (e: unknown) => e,
  );
  return { dir, path, error };
}

describe("the interview's save still sees a file changed on disk by someone else", () => {
  it('writes exactly the whole-file serialisation, save after save', async () => {
    const { path, error } = await saveTwice(() => Promise.resolve());
    expect(error).toBeUndefined();
    expect(await readFile(path, 'utf8')).toBe(serializeAnswers(file('partial')));
  });

  it('an edit of the same size, with the file time set back to ours, is a conflict: theirs kept, ours beside', async () => {
    const { dir, path, error } = await saveTwice(async (target) => {
      const before = await stat(target);
      const ours = await readFile(target, 'utf8');
      const theirs = ours.replace('Kenya', 'Ghana');
      expect(theirs.length).toBe(ours.length);
      await writeFile(target, theirs);
      await utimes(target, before.atime, before.mtime);
    });
    expect(error).toBeInstanceOf(SaveConflictError);
    expect((error as Error).message).toContain('Yours: a.conflict-20260102T120000Z.yaml.');
    expect(await readFile(path, 'utf8')).toContain('country: Ghana');
    const ours = parse(await readFile(join(dir, 'a.conflict-20260102T120000Z.yaml'), 'utf8')) as AnswersFile;
    expect(ours.answers['LAW-01']?.level).toBe('partial');
    expect((await readdir(dir)).sort()).toEqual(['a.conflict-20260102T120000Z.yaml', 'a.yaml']);
  });

  it('an edit of another size is a conflict', async () => {
    const { path, error } = await saveTwice((target) => writeFile(target, 'answers: {}\n'));
    expect(error).toBeInstanceOf(SaveConflictError);
    expect(await readFile(path, 'utf8')).toBe('answers: {}\n');
  });

  it('a deleted file is a conflict', async () => {
    const { error } = await saveTwice(async (target) => {
      const { unlink } = await import('node:fs/promises');
      await unlink(target);
    });
    expect(error).toBeInstanceOf(SaveConflictError);
  });

  it('the same bytes written back under a new time (a touch, or a copy put in its place) are not a conflict', async () => {
    const { path, error } = await saveTwice(async (target) => {
      const bytes = await readFile(target);
      await writeFile(`${target}.copy`, bytes);
      const { rename } = await import('node:fs/promises');
      await rename(`${target}.copy`, target);
      await utimes(target, new Date('2030-01-01'), new Date('2030-01-01'));
    });
    expect(error).toBeUndefined();
    expect(await readFile(path, 'utf8')).toBe(serializeAnswers(file('partial')));
  });

  it('after many saves of growing and shrinking files, each is written exactly, and a same-size edit is still a conflict', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'save-guard-'));
    const path = join(dir, 'a.yaml');
    const save = guardedSave({ path, display: 'a.yaml' }, await stampFile(path), {
      now: () => NOW,
      resume: 'r',
    });
    const many = (level: string, n: number): AnswersFile => {
      const f = file(level);
      for (let i = 0; i < n; i++) f.answers[`Q-${i}`] = { level, notes: 'x'.repeat(i % 7) };
      return f;
    };
    for (const [level, n] of [
      ['none', 3],
      ['established', 40],
      ['paper', 2],
      ['partial', 41],
      ['pilot', 40],
    ] as const) {
      await save(many(level, n));
      expect(await readFile(path, 'utf8')).toBe(serializeAnswers(many(level, n)));
    }
    const ours = await readFile(path, 'utf8');
    await writeFile(path, ours.replace('Kenya', 'Ghana'));
    const error = await save(many('none', 40)).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(SaveConflictError);
    expect(await readFile(path, 'utf8')).toContain('country: Ghana');
  });
});
