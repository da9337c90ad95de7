import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseDocument, type YAMLMap } from 'yaml';
import { indexChecklist } from '../../src/model/checklist.js';
import type { Answer, Checklist } from '../../src/model/checklist.js';
import { applicability } from '../../src/model/applicability.js';
import { scoreAnswers } from '../../src/score/score-answers.js';
import { questionStatus } from '../../src/interview/answer-status.js';
import { reconcileConditions } from '../../src/interview/skip-logic.js';
import { repoRoot, runCli } from './validate-harness.js';

const NGO = join(repoRoot, 'examples', 'veloria-ngo.answers.yaml');
const scratch = mkdtempSync(join(tmpdir(), 'opsc-flags-'));
afterAll(() => {
  rmSync(scratch, { recursive: true, force: true });
});

/** The NGO example with `inapplicable: true` written on its first `count` answers, as a user could by hand. */
function flagged(count: number): string {
  const doc = parseDocument(readFileSync(NGO, 'utf8'));
  const answers = doc.get('answers') as YAMLMap<unknown, YAMLMap>;
  answers.items.slice(0, count).forEach((item) => item.value?.set('inapplicable', true));
  const file = join(scratch, `ngo-flagged-${count}.yaml`);
  writeFileSync(file, doc.toString());
  return file;
}

interface ScoreJson {
  overall: { percent: number; counts: { inapplicable: number } };
}
interface ReportJson {
  questions: { id: string; status: string }[];
}

describe('issue 12 point 7: applicability is computed, never read from the answers file', () => {
  it('12.7: flagging 52 answers of the NGO example inapplicable changes no score, and each flag is reported', async () => {
    const before = await runCli(['score', '-f', 'json', NGO]);
    const file = flagged(52);
    const after = await runCli(['score', '-f', 'json', file]);
    expect(after.code).toBe(0);
    const b = JSON.parse(before.stdout) as ScoreJson;
    const a = JSON.parse(after.stdout) as ScoreJson;
    expect(Math.round(b.overall.percent)).toBe(33);
    expect(a.overall).toEqual(b.overall);
    // One warning per flag on a question that applies, on stderr, one line each.
    const warnings = after.stderr.trim().split('\n');
    expect(warnings.length).toBeGreaterThan(40);
    for (const line of warnings)
      expect(line).toMatch(
        /^\S+:\d+:\d+ warning applicability-mismatch [A-Z0-9-]+ is marked "inapplicable", but it applies/,
      );
    const validate = await runCli(['validate', file]);
    expect(validate.stdout).toContain(
      `applicability-mismatch PRV-LAW-01 is marked "inapplicable", but it applies (it has no condition)`,
    );
  });

  it('12.7: the report says "condition not met" only for questions whose condition is false', async () => {
    const file = flagged(200);
    const run = await runCli(['report', '-f', 'json', file]);
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout) as ReportJson;
    const checklist = parseDocument(
      readFileSync(join(repoRoot, 'checklists', 'sr-practical-approach-2022.yaml'), 'utf8'),
    ).toJS() as Checklist;
    const index = indexChecklist(checklist);
    const outOfScore = (r: ReportJson) =>
      r.questions.filter((q) => ['na', 'inapplicable'].includes(q.status));
    for (const q of outOfScore(report).filter((x) => x.status === 'inapplicable'))
      expect(index.byId.get(q.id)?.question.when, q.id).toBeDefined();
    const original = JSON.parse((await runCli(['report', '-f', 'json', NGO])).stdout) as ReportJson;
    expect(outOfScore(report)).toEqual(outOfScore(original));
    expect(outOfScore(original).length).toBeGreaterThan(0);
  });

  it('12.7: a flagged answer still counts in later conditions, and a stale "not applicable by condition" reads as unanswered', () => {
    const index = indexChecklist({
      format: 'opsc-audit/checklist@1',
      id: 'flags',
      version: '1.0.0',
      title: 'Flags',
      language: 'en',
      sources: [{ id: 'S-1', title: 'Source' }],
      scale: [
        { key: 'none', value: 0, label: 'None' },
        { key: 'full', value: 2, label: 'Full' },
      ],
      bands: [{ min: 0, label: 'Low' }],
      pillars: ['prevention'],
      themes: ['online'],
      sections: [
        {
          id: 's1',
          pillar: 'prevention',
          title: 'S',
          questions: [
            { id: 'Q-1', text: 'Gate?', kind: 'yesno', basis: 'practice' },
            { id: 'Q-2', text: 'Then?', basis: 'practice', when: { question: 'Q-1', equals: 'yes' } },
            { id: 'Q-3', text: 'And then?', basis: 'practice', when: { question: 'Q-2', equals: 'full' } },
          ],
        },
      ],
    });
    const answers = {
      'Q-1': { value: true, inapplicable: true as const },
      'Q-2': { na: { reason: 'does not apply, given the answer to Q-1', byCondition: true } },
    };
    // Q-3's condition rests on Q-2, which nobody has answered: it decides nothing, so Q-3 is not yet
    // assessed (never "not applicable" on an answer nobody gave).
    expect([...applicability(index, answers)]).toEqual([
      ['Q-1', 'open'],
      ['Q-2', 'open'],
      ['Q-3', 'open'],
    ]);
    const card = scoreAnswers(index, answers);
    expect(card.questions.map((q) => [q.id, q.status])).toEqual([
      ['Q-1', 'answered'],
      ['Q-2', 'unanswered'],
      ['Q-3', 'unanswered'],
    ]);
    expect(card.overall.percent).toBeCloseTo(100 / 3);
    // The interview reads the same: Q-1 is answered, Q-2 is still to ask; resuming drops the stale marks.
    const [q1, q2] = index.questions;
    if (!q1 || !q2) throw new Error('questions');
    expect(questionStatus(q1, answers['Q-1'], 'open')).toBe('answered');
    expect(questionStatus(q2, answers['Q-2'], 'open')).toBe('open');
    const resumed: Record<string, Answer> = structuredClone(answers);
    reconcileConditions(index, resumed, new Date('2026-12-01T10:00:00Z'));
    expect(resumed).toEqual({ 'Q-1': { value: true } });
  });
});
