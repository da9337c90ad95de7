import type { Finding } from '../model/diagnostic.js';
import type { Answer, ChecklistIndex, Condition, IndexedQuestion } from '../model/checklist.js';
import { conditionRefs, evaluateCondition, refScore, toBoolean } from '../model/conditions.js';

type Path = (string | number)[];
type Leaf = Extract<Condition, { question: string }>;
/** Most combinations of answers tried when looking for one that makes a condition true. */
const MAX_COMBINATIONS = 20000;

/** Checks every `when`: references, keys, cycles, and whether it can ever be true. */
export function conditionFindings(index: ChecklistIndex): Finding[] {
  const findings: Finding[] = [];
  const cyclic = findCycles(index);
  for (const q of index.questions) {
    const when = q.question.when;
    if (!when) continue;
    const base: Path = [
      'sections',
      q.sectionIndex,
      'questions',
      q.section.questions.indexOf(q.question),
      'when',
    ];
    const before = findings.length;
    forEachLeaf(when, base, (leaf, path) => {
      const target = index.byId.get(leaf.question);
      const qPath = [...path, 'question'];
      if (leaf.question === q.question.id) {
        findings.push(
          err('when-self-reference', qPath, `condition of ${q.question.id} refers to the question itself`),
        );
      } else if (!target) {
        findings.push(
          err('when-unknown-question', qPath, `condition refers to unknown question "${leaf.question}"`),
        );
      } else if (cyclic.has(q.question.id) && cyclic.has(leaf.question)) {
        findings.push(
          err(
            'when-cycle',
            qPath,
            `conditions of ${q.question.id} and ${leaf.question} depend on each other`,
          ),
        );
      } else if (target.index > q.index) {
        findings.push(
          err(
            'when-forward-reference',
            qPath,
            `condition refers to ${leaf.question}, which comes later; conditions may only use earlier answers`,
          ),
        );
      } else {
        findings.push(...leafKeyProblems(target, leaf, path));
      }
    });
    if (findings.length === before && !canBeTrue(when, index)) {
      findings.push({
        code: 'when-never-true',
        severity: 'error',
        path: base,
        message: `condition of ${q.question.id} can never be true, so the question would never be asked`,
      });
    }
  }
  return findings;
}

function leafKeyProblems(target: IndexedQuestion, leaf: Leaf, path: Path): Finding[] {
  const refs: [unknown, Path][] = [];
  if (leaf.equals !== undefined) refs.push([leaf.equals, [...path, 'equals']]);
  if (leaf.atLeast !== undefined) refs.push([leaf.atLeast, [...path, 'atLeast']]);
  leaf.in?.forEach((r, i) => refs.push([r, [...path, 'in', i]]));
  if (refs.length > 0 && target.kind === 'text') {
    return [
      err(
        'when-unscored-question',
        path,
        `${target.question.id} is a text question; a condition can only ask whether it is answered`,
      ),
    ];
  }
  const out: Finding[] = [];
  for (const [ref, p] of refs) {
    const r = ref as string | number | boolean;
    if (target.kind === 'scale' && typeof r === 'string' && !target.scale?.some((l) => l.key === r)) {
      out.push(
        err(
          'unknown-scale-key',
          p,
          `"${r}" is not a level of ${target.question.id} (${(target.scale ?? []).map((l) => l.key).join(', ')})`,
        ),
      );
    } else if (
      (target.kind === 'choice' || target.kind === 'multi') &&
      typeof r === 'string' &&
      !target.question.options?.some((o) => o.key === r)
    ) {
      out.push(err('unknown-option', p, `"${r}" is not an option of ${target.question.id}`));
    } else if (target.kind === 'yesno' && toBoolean(r) === undefined) {
      out.push(
        err('kind-mismatch', p, `${target.question.id} is a yes/no question: compare it with yes or no`),
      );
    } else if (target.kind === 'number' && typeof r !== 'number') {
      out.push(
        err('kind-mismatch', p, `${target.question.id} is a number question: compare it with a number`),
      );
    } else if (target.kind === 'multi' && p.includes('atLeast')) {
      out.push(
        err('kind-mismatch', p, `${target.question.id} is a multiple-choice question: use equals or in`),
      );
    } else if (p.includes('atLeast') && refScore(target, r) === undefined) {
      out.push(err('kind-mismatch', p, `cannot compare ${target.question.id} with ${JSON.stringify(r)}`));
    }
  }
  return out;
}

/** Tries every combination of the referenced questions' possible answers (bounded); true if any satisfies. */
function canBeTrue(when: Condition, index: ChecklistIndex): boolean {
  const ids = [...new Set(conditionRefs(when))];
  const domains = ids.map((id) => possibleAnswers(index.byId.get(id), when));
  const total = domains.reduce((n, d) => n * d.length, 1);
  if (total > MAX_COMBINATIONS) return true;
  const chosen = new Map<string, Answer>();
  const search = (i: number): boolean => {
    if (i === ids.length) return evaluateCondition(when, index, (id) => chosen.get(id));
    const id = ids[i] ?? '';
    for (const answer of domains[i] ?? []) {
      if (answer === undefined) chosen.delete(id);
      else chosen.set(id, answer);
      if (search(i + 1)) return true;
    }
    return false;
  };
  return search(0);
}

function possibleAnswers(q: IndexedQuestion | undefined, when: Condition): (Answer | undefined)[] {
  const base: (Answer | undefined)[] = [undefined, { unknown: true }];
  if (!q) return base;
  switch (q.kind) {
    case 'scale':
      return [...base, ...(q.scale ?? []).map((l) => ({ level: l.key }))];
    case 'yesno':
      return [...base, { value: true }, { value: false }];
    case 'choice':
      return [...base, ...(q.question.options ?? []).map((o) => ({ value: o.key }))];
    case 'multi': {
      const keys = (q.question.options ?? []).map((o) => o.key).slice(0, 10);
      const subsets: Answer[] = [];
      for (let mask = 0; mask < 1 << keys.length; mask++)
        subsets.push({ value: keys.filter((_, i) => mask & (1 << i)) });
      return [...base, ...subsets];
    }
    case 'number': {
      const numbers = new Set<number>();
      forEachLeaf(when, [], (leaf) => {
        for (const r of [leaf.equals, leaf.atLeast, ...(leaf.in ?? [])]) {
          if (typeof r === 'number') [r - 1, r, r + 1].forEach((n) => numbers.add(n));
        }
      });
      return [...base, { value: 0 }, ...[...numbers].map((n) => ({ value: n }))];
    }
    case 'text':
      return [...base, { value: 'text' }];
  }
}

/** Questions whose conditions form a cycle through references. */
function findCycles(index: ChecklistIndex): Set<string> {
  const edges = new Map<string, string[]>();
  for (const q of index.questions) {
    if (q.question.when)
      edges.set(
        q.question.id,
        conditionRefs(q.question.when).filter((r) => r !== q.question.id && index.byId.has(r)),
      );
  }
  const inCycle = new Set<string>();
  const state = new Map<string, 'visiting' | 'done'>();
  const stack: string[] = [];
  const visit = (id: string): void => {
    state.set(id, 'visiting');
    stack.push(id);
    for (const next of edges.get(id) ?? []) {
      if (state.get(next) === 'visiting') stack.slice(stack.indexOf(next)).forEach((c) => inCycle.add(c));
      else if (!state.has(next)) visit(next);
    }
    stack.pop();
    state.set(id, 'done');
  };
  for (const id of edges.keys()) if (!state.has(id)) visit(id);
  return inCycle;
}

function forEachLeaf(condition: Condition, path: Path, fn: (leaf: Leaf, path: Path) => void): void {
  if ('all' in condition)
    condition.all.forEach((c, i) => {
      forEachLeaf(c, [...path, 'all', i], fn);
    });
  else if ('any' in condition)
    condition.any.forEach((c, i) => {
      forEachLeaf(c, [...path, 'any', i], fn);
    });
  else if ('not' in condition) forEachLeaf(condition.not, [...path, 'not'], fn);
  else fn(condition, path);
}

function err(code: Finding['code'], path: Path, message: string): Finding {
  return { code, severity: 'error', path, message };
}
