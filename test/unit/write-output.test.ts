import { spawnSync } from 'node:child_process';
import {
  chmodSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeEach, describe, expect, it } from 'vitest';
import { writeAnswers } from '../../src/answers/write-answers.js';
import { removeStaleTemps, writeFileAtomic } from '../../src/output/write-output.js';
import type { AnswersFile } from '../../src/model/checklist.js';

const root = join(import.meta.dirname, '..', '..');
const answers: AnswersFile = {
  format: 'opsc-audit/answers@1',
  checklist: { id: 'fixture', version: '1.0.0', digest: 'sha256:0' },
  respondent: { country: 'Veloria', organization: 'Ministry', role: 'government', date: '2026-11-22' },
  answers: { 'Q-1': { level: 'partial', notes: 'sensitive note' } },
};

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'opsc-write-'));
});

const mode = (path: string) => statSync(path).mode & 0o777;

/**
 * Starts a process that saves `target` with the built writer (as writeAnswers does: new files 0600) and is killed
 * (SIGKILL) after the first piece is written; returns its pid.
 */
function killedSave(target: string): number {
  const writer = pathToFileURL(join(root, 'dist', 'output', 'write-file.js')).href;
  const script = `
    const { writeFileAtomic } = await import(${JSON.stringify(writer)});
    function* pieces() { yield 'answers: first half\\n'; process.kill(process.pid, 'SIGKILL'); yield 'never'; }
    await writeFileAtomic(${JSON.stringify(target)}, pieces(), { newFileMode: 0o600 });`;
  const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], { timeout: 20000 });
  expect(run.signal).toBe('SIGKILL');
  return run.pid;
}

describe('issue 12 point 5: answers files are private, replaced files keep their mode', () => {
  it('12.5: a new answers file is created 0600', async () => {
    await writeAnswers(join(dir, 'a.yaml'), answers);
    expect(mode(join(dir, 'a.yaml'))).toBe(0o600);
    expect(readFileSync(join(dir, 'a.yaml'), 'utf8')).toContain('sensitive note');
  });

  it('12.5: saving over an existing answers file keeps its mode (0600 stays 0600, 0644 stays 0644)', async () => {
    for (const m of [0o600, 0o644, 0o640]) {
      writeFileSync(join(dir, 'a.yaml'), 'old\n');
      chmodSync(join(dir, 'a.yaml'), m);
      await writeAnswers(join(dir, 'a.yaml'), answers);
      expect(mode(join(dir, 'a.yaml'))).toBe(m);
    }
  });

  it('12.5: a new file other than answers gets the usual permissions (as any new file: 0666 less the umask)', async () => {
    await writeFileAtomic(join(dir, 'report.md'), '# report\n');
    writeFileSync(join(dir, 'plain.md'), '');
    expect(mode(join(dir, 'report.md'))).toBe(mode(join(dir, 'plain.md')));
  });
});

describe('issue 12 point 6: temporary files of killed saves', () => {
  it('12.6: a save killed part way leaves a 0600 temporary file named with its pid; the next save removes it', async () => {
    const target = join(dir, 'a.yaml');
    writeFileSync(target, 'the saved answers\n');
    chmodSync(target, 0o644);
    const pid = killedSave(target);
    const left = readdirSync(dir).filter((n) => n !== 'a.yaml');
    expect(left).toHaveLength(1);
    expect(left[0]).toMatch(new RegExp(`^\\.a\\.yaml\\.${pid}\\.[0-9a-f]{8}\\.tmp$`));
    expect(mode(join(dir, left[0] ?? ''))).toBe(0o600);
    expect(readFileSync(target, 'utf8')).toBe('the saved answers\n');
    await writeAnswers(target, answers);
    expect(readdirSync(dir)).toEqual(['a.yaml']);
    expect(mode(target)).toBe(0o644);
  });

  it('12.6: a killed save of a new answers file leaves nothing readable by others', () => {
    killedSave(join(dir, 'new.yaml'));
    const left = readdirSync(dir);
    expect(left).toHaveLength(1);
    expect(mode(join(dir, left[0] ?? ''))).toBe(0o600);
  });

  it('12.6: removeStaleTemps removes temporary files of dead processes and old versions, keeps the rest', async () => {
    const dead = spawnSync(process.execPath, ['-e', '']).pid;
    const names = {
      dead: `.a.yaml.${dead}.0123abcd.tmp`,
      running: `.a.yaml.${process.pid}.0123abcd.tmp`,
      otherFile: `.b.yaml.${dead}.0123abcd.tmp`,
      unrelated: '.a.yaml.notes',
      legacy: '.a.yaml.Xy12Zw',
      legacyWithMore: '.a.yaml.Qr34St',
    };
    for (const name of [names.dead, names.running, names.otherFile, names.unrelated])
      writeFileSync(join(dir, name), 'answers copy\n');
    mkdirSync(join(dir, names.legacy));
    writeFileSync(join(dir, names.legacy, 'tmp'), 'answers copy\n');
    mkdirSync(join(dir, names.legacyWithMore));
    writeFileSync(join(dir, names.legacyWithMore, 'tmp'), '');
    writeFileSync(join(dir, names.legacyWithMore, 'mine'), '');
    await removeStaleTemps(join(dir, 'a.yaml'));
    expect(readdirSync(dir).sort()).toEqual(
      [names.running, names.otherFile, names.unrelated, names.legacyWithMore].sort(),
    );
  });

  it('12.6: removeStaleTemps given a symbolic link cleans beside the file it points to', async () => {
    const dead = spawnSync(process.execPath, ['-e', '']).pid;
    mkdirSync(join(dir, 'real'));
    writeFileSync(join(dir, 'real', 'a.yaml'), 'answers\n');
    symlinkSync(join('real', 'a.yaml'), join(dir, 'link.yaml'));
    writeFileSync(join(dir, 'real', `.a.yaml.${dead}.0123abcd.tmp`), 'answers copy\n');
    await removeStaleTemps(join(dir, 'link.yaml'));
    expect(readdirSync(join(dir, 'real'))).toEqual(['a.yaml']);
  });

  it('12.6: removeStaleTemps on a missing folder does nothing and does not throw', async () => {
    await expect(removeStaleTemps(join(dir, 'no', 'such', 'a.yaml'))).resolves.toBeUndefined();
  });
});
