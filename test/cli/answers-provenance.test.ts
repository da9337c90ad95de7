import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { runAssess } from '../../src/commands/assess.js';
import { checklistDigest, questionDigest } from '../../src/model/digest.js';
import type { AnswersFile } from '../../src/model/checklist.js';
import type { Io } from '../../src/model/io.js';
import { ScriptedPrompter } from '../fixtures/interview/scripted-prompter.js';
import { loadIndex, NOW, pick, SMALL } from '../fixtures/interview/harness.js';

function fakeIo(cwd: string): Io {
  return {
    cwd,
    env: {},
    stdin: Object.assign(Readable.from([]), { isTTY: true }),
    stdout: { write: () => undefined },
    stderr: { write: () => undefined },
  };
}

describe('assess keeps who gave the answers it did not write', () => {
  it('resuming a merged file keeps contributors and every untouched answer\'s "by"', async () => {
    const index = await loadIndex();
    const digest = (id: string) => {
      const q = index.byId.get(id);
      if (!q) throw new Error(id);
      return questionDigest(q);
    };
    const cwd = await mkdtemp(join(tmpdir(), 'provenance-'));
    const merged = [
      'format: opsc-audit/answers@1',
      `checklist: { id: interview-small, version: 1.0.0, digest: "${checklistDigest(index.checklist)}" }`,
      'respondent: { country: Kenya, organization: Ministry of Justice, role: government, date: 2026-01-01 }',
      'contributors:',
      '  justice: { name: A. Otieno, organization: Ministry of Justice, role: government }',
      '  interior: { organization: Ministry of the Interior, role: government }',
      'answers:',
      `  LAW-01: { level: partial, notes: from both, digest: ${digest('LAW-01')}, answered: 2026-01-01T10:00:00Z, by: [justice, interior] }`,
      '',
    ].join('\n');
    await writeFile(join(cwd, 'merged.yaml'), merged);
    const prompter = new ScriptedPrompter([
      ...pick('HOT-01', 'no'),
      { select: 'Before moving on', pick: 'continue' },
      { cancel: 'select', at: '(REP-01)' },
    ]);
    await runAssess(resolve(SMALL), { output: 'merged.yaml' }, fakeIo(cwd), {
      prompter,
      now: () => NOW,
    }).catch(() => undefined);
    prompter.assertDone();
    const saved = parse(await readFile(join(cwd, 'merged.yaml'), 'utf8')) as AnswersFile;
    expect(saved.contributors).toEqual({
      justice: { name: 'A. Otieno', organization: 'Ministry of Justice', role: 'government' },
      interior: { organization: 'Ministry of the Interior', role: 'government' },
    });
    expect(saved.answers['LAW-01']?.by).toEqual(['justice', 'interior']);
    expect(saved.answers['HOT-01']).toMatchObject({ value: false });
    // An answer given in this interview is the respondent's own: it names no contributor.
    expect(saved.answers['HOT-01']?.by).toBeUndefined();
  });
});
