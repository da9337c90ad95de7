import { describe, expect, it } from 'vitest';
import { indexChecklist, type Checklist, type Condition } from '../../src/model/checklist.js';
import { canBeTrue, NEVER_TRUE_BUDGET, neverTrueFindings } from '../../src/validate/condition-rules.js';
import { runCli } from '../cli/validate-harness.js';
import { inlineChecklist } from '../helpers/inline-checklist.js';

const dir = 'test/fixtures/checklists/conditions';

/** A checklist of `n` yes/no questions Q-1..Q-n, then Q-last asked when `when` is true. */
function checklistWith(n: number, when: Condition): Checklist {
  const questions = Array.from({ length: n }, (_, i) => ({
    id: `Q-${i + 1}`,
    text: `Question ${i + 1}?`,
    kind: 'yesno' as const,
    basis: 'practice' as const,
  }));
  return inlineChecklist([...questions, { id: 'Q-LAST', text: 'Then?', basis: 'practice', when }], {
    id: 'conditions',
  });
}

const yes = (i: number): Condition => ({ question: `Q-${i}`, equals: 'yes' });

/** A condition that doubles at each level through a shared part, as YAML aliases make it: 2^levels leaves. */
function doubling(levels: number, leaf: Condition): Condition {
  let c = leaf;
  for (let i = 0; i < levels; i++) c = { any: [c, { all: [c, c] }] };
  return c;
}

/** The parity of Q-1..Q-n, each level sharing the one below (as an alias would). */
function parity(n: number): Condition {
  let p = yes(1);
  for (let k = 2; k <= n; k++) p = { any: [{ all: [p, { not: yes(k) }] }, { all: [{ not: p }, yes(k)] }] };
  return p;
}

describe('issue 12 point 12: deciding whether a condition can be true is bounded', () => {
  it('12.12: a part shared through aliases is evaluated once per combination, not once per appearance', () => {
    // 2^40 leaves when expanded; the search must cost steps by distinct node, not by expanded leaf.
    const contradiction: Condition = { all: [yes(1), { question: 'Q-1', equals: 'no' }] };
    const when: Condition = { all: [{ not: doubling(40, contradiction) }, yes(1), yes(2), yes(3)] };
    const index = indexChecklist(checklistWith(3, when));
    const result = canBeTrue(when, index);
    expect(result.verdict).toBe('yes');
    expect(result.steps).toBeLessThan(20_000);
    const never: Condition = { all: [doubling(40, yes(1)), { not: doubling(40, yes(1)) }] };
    const verdict = canBeTrue(never, indexChecklist(checklistWith(1, never)));
    expect(verdict).toEqual({ verdict: 'no', steps: expect.any(Number) as number });
    expect(verdict.steps).toBeLessThan(2_000);
  });

  it('12.12: a condition too costly to decide gives up at the budget with a when-undecided warning', () => {
    const when: Condition = { all: [parity(7), { not: parity(7) }] };
    const index = indexChecklist(checklistWith(7, when));
    const small = canBeTrue(when, index, 5_000);
    expect(small.verdict).toBe('undecided');
    // The budget is checked before each evaluation, and one evaluation visits each edge of the condition once.
    expect(small.steps).toBeLessThan(5_000 + 200);
    // Given more room, the same search does decide it: parity and not parity is never true.
    expect(canBeTrue(when, index, 10_000_000).verdict).toBe('no');

    const findings = neverTrueFindings(indexChecklist(checklistWith(7, parityPadded())));
    expect(findings).toEqual([
      {
        code: 'when-undecided',
        severity: 'warning',
        path: ['sections', 0, 'questions', 7, 'when'],
        message: `gave up after ${NEVER_TRUE_BUDGET.toLocaleString('en')} steps deciding whether the "when" condition of Q-LAST can ever be true; simplify it`,
      },
    ]);
  });

  it('12.12: show, score and report load a checklist without deciding its conditions; validate does', async () => {
    const file = `${dir}/never-true.yaml`;
    const show = await runCli(['show', file]);
    expect(show.stderr).toBe('');
    expect(show.code).toBe(0);
    const validate = await runCli(['validate', file]);
    expect(validate.stdout).toContain(
      `${file}:25:11 error when-never-true the "when" condition of Q-2 can never be true, so the question would never be asked`,
    );
    expect(validate.code).toBe(1);
  });

  it('12.12: a 6 KB checklist whose condition aliases multiply validates and shows (hang guard only)', async () => {
    const file = `${dir}/alias-multiplied.yaml`;
    const validate = await runCli(['validate', file]);
    expect(validate.stdout).toBe('✔ 1 file checked, no problems\n');
    const show = await runCli(['show', file]);
    expect(show.code).toBe(0);
  }, 60_000);
});

/** Parity and not parity, padded with parts that stay open until every answer is chosen. */
function parityPadded(): Condition {
  const open = Array.from({ length: 40 }, (): Condition => ({ all: [yes(7), { not: yes(7) }] }));
  return { all: [{ not: { any: open } }, parity(7), { not: parity(7) }] };
}
