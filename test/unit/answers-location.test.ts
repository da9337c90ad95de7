import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findAnswersFiles } from '../../src/open/find-answers.js';
import { chooseAnswersFolder, freeAnswersName, searchFolders } from '../../src/commands/answers-location.js';
import {
  describeCandidate,
  rankCandidates,
  summariseCandidate,
  type CandidateSummary,
} from '../../src/interview/choose-answers.js';
import { emptyFile, loadIndex } from '../fixtures/interview/harness.js';

const where = {
  cwd: '/home/ana/work',
  realCwd: '/home/ana/work',
  packageRoot: '/opt/opsc-audit',
  home: '/home/ana',
};

describe('where new answers files go', () => {
  it('the current folder, when it is not the tool’s own', () => {
    expect(chooseAnswersFolder(where)).toEqual({ folder: '/home/ana/work', ownTree: false });
    // A sibling whose name starts the same is not inside.
    expect(chooseAnswersFolder({ ...where, realCwd: '/opt/opsc-audit-data' }).ownTree).toBe(false);
  });
  it('opsc-audit-answers in the home folder, when the current folder is in the tool’s source or installation', () => {
    for (const realCwd of ['/opt/opsc-audit', '/opt/opsc-audit/dist']) {
      expect(chooseAnswersFolder({ ...where, realCwd })).toEqual({
        folder: '/home/ana/opsc-audit-answers',
        ownTree: true,
      });
    }
  });
});

describe('the folders searched', () => {
  it('the default folder, the current one, then the listed ones, each once, relative ones from the current', () => {
    expect(searchFolders('/home/ana/work', '/home/ana/work', '/shared:team::/home/ana/work', ':')).toEqual([
      '/home/ana/work',
      '/shared',
      '/home/ana/work/team',
    ]);
    expect(searchFolders('/home/ana/opsc-audit-answers', '/opt/opsc-audit', undefined, ':')).toEqual([
      '/home/ana/opsc-audit-answers',
      '/opt/opsc-audit',
    ]);
  });
});

describe('the proposed name of a new file', () => {
  it('answers-<checklist>-<date>.yaml, numbered when taken', () => {
    expect(freeAnswersName('core', '2026-03-05', new Set())).toBe('answers-core-2026-03-05.yaml');
    const taken = new Set(['answers-core-2026-03-05.yaml', 'answers-core-2026-03-05-2.yaml']);
    expect(freeAnswersName('core', '2026-03-05', taken)).toBe('answers-core-2026-03-05-3.yaml');
  });
});

describe('the list of answers files', () => {
  it('counts progress as the interview does and takes the last answer’s time', async () => {
    const index = await loadIndex();
    const file = emptyFile(index);
    file.respondent = { country: 'Kenya', organization: 'MoJ', name: 'Amina' };
    file.answers = {
      'LAW-01': { level: 'partial', answered: '2026-03-02T10:00:00Z' },
      'HOT-01': { value: true, answered: '2026-03-04T08:00:00Z' },
    };
    const s = summariseCandidate(index, { display: 'a.yaml', answers: file, modified: new Date(0) });
    expect(s).toMatchObject({ respondent: ['Kenya', 'MoJ', 'Amina'], done: 2, total: 7, lastIsAnswer: true });
    expect(s.last.toISOString()).toBe('2026-03-04T08:00:00.000Z');
    expect(describeCandidate(s)).toMatch(
      /^Kenya, MoJ, Amina; 2 of 7 done \(28%\); last answer 2026-03-0\d \d\d:00$/,
    );
  });

  it('falls back to the file’s time, and ranks the most recent first', () => {
    const at = (display: string, iso: string): CandidateSummary => ({
      display,
      respondent: [],
      last: new Date(iso),
      lastIsAnswer: false,
      done: 0,
      total: 7,
    });
    const ranked = rankCandidates([
      at('b.yaml', '2026-01-01'),
      at('c.yaml', '2026-02-01'),
      at('a.yaml', '2026-01-01'),
    ]);
    expect(ranked.map((s) => s.display)).toEqual(['c.yaml', 'a.yaml', 'b.yaml']);
    expect(describeCandidate(at('x.yaml', '2026-01-01T12:00:00Z'))).toMatch(
      /^no respondent details yet; 0 of 7 done \(0%\); changed 2026-01-0\d/,
    );
  });
});

describe('the search is bounded', () => {
  it('opens at most maxFiles files, leaves out larger ones and never throws on content', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'find-answers-'));
    const answers = (id: string) =>
      `format: opsc-audit/answers@1\nchecklist: { id: ${id}, version: 1.0.0 }\nrespondent: {}\nanswers: {}\n`;
    await writeFile(join(dir, 'a.yaml'), answers('one'));
    await writeFile(join(dir, 'b.yml'), answers('two'));
    await writeFile(join(dir, 'c.yaml'), answers('three'));
    await writeFile(join(dir, 'big.yaml'), `${answers('big')}#${'x'.repeat(2000)}\n`);
    await writeFile(join(dir, 'bad.yaml'), 'format: opsc-audit/answers@1\n\u0000\u0001');
    await writeFile(join(dir, 'x.conflict-20260101T000000Z.yaml'), answers('conflict'));
    await writeFile(join(dir, '.hidden.yaml'), answers('hidden'));
    const all = await findAnswersFiles([dir, join(dir, 'missing')], { maxBytes: 1000, maxFiles: 100 });
    expect(all.map((f) => [basename(f.path), f.ok])).toEqual([
      ['a.yaml', true],
      ['b.yml', true],
      ['bad.yaml', false],
      ['c.yaml', true],
    ]);
    const some = await findAnswersFiles([dir], { maxBytes: 1000, maxFiles: 2 });
    expect(some.map((f) => basename(f.path))).toEqual(['a.yaml', 'b.yml']);
  });
});
