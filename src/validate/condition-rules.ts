import type { Finding } from '../model/diagnostic.js';
import type { Answer, ChecklistIndex, Condition, IndexedQuestion } from '../model/checklist.js';
import { answerKind, type AnswerRef } from '../model/answer-kinds/index.js';
import { evaluateCondition, refScore } from '../model/conditions.js';
import { translator } from '../i18n/format.js';
import { currentLanguage } from '../i18n/index.js';
import { FIELD_RULES, hasConditions, questionConditions, type ConditionField } from './condition-fields.js';

type Path = (string | number)[];
type Leaf = Extract<Condition, { question: string }>;
/** Most combinations of answers tried when looking for one that makes a condition true. */
const MAX_COMBINATIONS = 20000;

/** Most steps (visits of a condition node) spent on deciding whether one condition can ever be true. */
export const NEVER_TRUE_BUDGET = 1_000_000;

/**
 * Checks every `when` and `requires`: references, keys and cycles (through both fields together). Whether a
 * condition can ever be true costs far more, and is checked by `neverTrueFindings`, for `validate` only.
 * Conditions are walked as written: a part shared through a YAML alias is checked once, where it first appears,
 * so aliases cannot multiply the work.
 */
export function conditionFindings(index: ChecklistIndex): Finding[] {
  return [...referenceProblems(index).all];
}

/** Each condition's reference problems, found once per checklist index (`validate` asks twice). */
interface ReferenceProblems {
  /** Every problem, question by question, `when` first. */
  all: Finding[];
  /** The conditions with at least one problem, by conditionKey (a condition shared through an alias can be
   * sound in one question and not in another). */
  flawed: Set<number>;
}

function conditionKey(q: IndexedQuestion, field: ConditionField): number {
  return q.index * 2 + (field === 'when' ? 0 : 1);
}

const referenceProblemsOf = new WeakMap<ChecklistIndex, ReferenceProblems>();

function referenceProblems(index: ChecklistIndex): ReferenceProblems {
  let problems = referenceProblemsOf.get(index);
  if (!problems) {
    const cyclic = findCycles(index);
    problems = { all: [], flawed: new Set() };
    // Loops over every question of a checklist run once each, mostly before the optimizing compiler steps in:
    // indexes, and no list of conditions asked of a question that has none.
    const { questions } = index;
    for (let i = 0; i < questions.length; i++) {
      const q = questions[i];
      if (q === undefined || !hasConditions(q.question)) continue;
      for (const { field } of questionConditions(q.question)) {
        const found = referenceFindings(q, field, index, cyclic);
        if (found.length === 0) continue;
        problems.flawed.add(conditionKey(q, field));
        for (const f of found) problems.all.push(f);
      }
    }
    referenceProblemsOf.set(index, problems);
  }
  return problems;
}

/**
 * `when-never-true` (`requires-never-true`) for each condition, with no other problem, that no combination of
 * answers makes true, and a `when-undecided` (`requires-undecided`) warning for one too large to decide within
 * NEVER_TRUE_BUDGET steps. A `requires` is checked together with its question's `when`: one that can never be
 * true while the question applies would mark the measure as never in place.
 */
export function neverTrueFindings(index: ChecklistIndex): Finding[] {
  const { flawed } = referenceProblems(index);
  const t = translator();
  const findings: Finding[] = [];
  const { questions } = index;
  for (let i = 0; i < questions.length; i++) {
    const q = questions[i];
    if (q === undefined || !hasConditions(q.question)) continue;
    // Set once `when` is known to be satisfiable: only then is `requires` checked together with it.
    let applies: Condition | undefined;
    for (const { field, condition } of questionConditions(q.question)) {
      if (flawed.has(conditionKey(q, field))) continue;
      const verdict = canBeTrue(applies ? { all: [applies, condition] } : condition, index).verdict;
      if (field === 'when' && verdict === 'yes') applies = condition;
      if (verdict === 'yes') continue;
      const rules = FIELD_RULES[field];
      const path = conditionPath(q, field);
      findings.push(
        verdict === 'no'
          ? err(rules['never-true'].code, path, t(rules['never-true'].message, { id: q.question.id }))
          : {
              code: rules.undecided.code,
              severity: 'warning',
              path,
              // The budget is a large round number, easier to read grouped ("1,000,000"), unlike counts.
              message: t(rules.undecided.message, {
                steps: NEVER_TRUE_BUDGET.toLocaleString(currentLanguage()),
                id: q.question.id,
              }),
            },
      );
    }
  }
  return findings;
}

function conditionPath(q: IndexedQuestion, field: ConditionField): Path {
  return ['sections', q.sectionIndex, 'questions', q.section.questions.indexOf(q.question), field];
}

function referenceFindings(
  q: IndexedQuestion,
  field: ConditionField,
  index: ChecklistIndex,
  cyclic: Set<string>,
): Finding[] {
  const condition = q.question[field];
  if (!condition) return [];
  const t = translator();
  const rules = FIELD_RULES[field];
  const findings: Finding[] = [];
  forEachLeaf(condition, conditionPath(q, field), (leaf, path) => {
    const target = index.byId.get(leaf.question);
    const qPath = [...path, 'question'];
    const id = q.question.id;
    if (leaf.question === id) {
      const rule = rules['self-reference'];
      findings.push(err(rule.code, qPath, t(rule.message, { id })));
    } else if (!target) {
      const rule = rules['unknown-question'];
      findings.push(err(rule.code, qPath, t(rule.message, { question: leaf.question })));
    } else if (cyclic.has(id) && cyclic.has(leaf.question)) {
      findings.push(err(rules.cycle.code, qPath, t(rules.cycle.message, { id, other: leaf.question })));
    } else if (target.index > q.index) {
      const rule = rules['forward-reference'];
      findings.push(err(rule.code, qPath, t(rule.message, { question: leaf.question })));
    } else {
      findings.push(...leafKeyProblems(target, leaf, path, field));
    }
  });
  return findings;
}

function leafKeyProblems(target: IndexedQuestion, leaf: Leaf, path: Path, field: ConditionField): Finding[] {
  const refs: [unknown, Path][] = [];
  if (leaf.equals !== undefined) refs.push([leaf.equals, [...path, 'equals']]);
  if (leaf.atLeast !== undefined) refs.push([leaf.atLeast, [...path, 'atLeast']]);
  leaf.in?.forEach((r, i) => refs.push([r, [...path, 'in', i]]));
  const kind = answerKind(target);
  const t = translator();
  if (refs.length > 0 && !kind.comparable) {
    const rule = FIELD_RULES[field]['unscored-question'];
    return [err(rule.code, path, t(rule.message, { id: target.question.id, kind: kind.noun }))];
  }
  const out: Finding[] = [];
  for (const [ref, p] of refs) {
    const r = ref as AnswerRef;
    const atLeast = p.includes('atLeast');
    const problem = kind.refProblem(target, r, atLeast);
    if (problem) out.push(err(problem.code, p, problem.message));
    else if (atLeast && refScore(target, r) === undefined) {
      out.push(
        err(
          'kind-mismatch',
          p,
          t('validate.kind-mismatch.compare', { id: target.question.id, value: JSON.stringify(r) }),
        ),
      );
    }
  }
  return out;
}

/** Whether a condition can be true: yes, no, or undecided (it would take more than the budget to tell). */
export interface Satisfiability {
  verdict: 'yes' | 'no' | 'undecided';
  /** Steps spent: visits of condition nodes, at most a little over NEVER_TRUE_BUDGET. */
  steps: number;
}

/**
 * Searches the combinations of the referenced questions' possible answers, one question at a time: a partial
 * combination is evaluated with the questions not yet chosen as unknown, and the search goes no deeper once the
 * condition is false whatever they are. A condition over more than MAX_COMBINATIONS combinations is taken to be
 * satisfiable, as before. Each evaluation visits every distinct node of the condition once (a node shared through
 * an alias is remembered), and the search stops once it has spent `budget` visits.
 */
export function canBeTrue(
  condition: Condition,
  index: ChecklistIndex,
  budget: number = NEVER_TRUE_BUDGET,
): Satisfiability {
  const leaves = leavesOf(condition);
  const ids = [...new Set(leaves.map((leaf) => leaf.question))];
  const numbers = leaves.flatMap((leaf) =>
    [leaf.equals, leaf.atLeast, ...(leaf.in ?? [])].filter((r) => typeof r === 'number'),
  );
  const domains = ids.map((id) => possibleAnswers(index.byId.get(id), numbers));
  const total = domains.reduce((n, d) => n * d.length, 1);
  if (total > MAX_COMBINATIONS) return { verdict: 'yes', steps: 0 };
  const chosen = new Map<string, Answer | undefined>();
  const lookup = (id: string): Answer | undefined => chosen.get(id);
  let steps = 0;
  // Three values: true, false, or undefined when it depends on questions not chosen yet.
  const evaluate = (c: Condition, memo: Map<Condition, boolean | undefined>): boolean | undefined => {
    steps++;
    if (memo.has(c)) return memo.get(c);
    let value: boolean | undefined;
    if ('all' in c) value = combine(c.all, false, memo);
    else if ('any' in c) value = combine(c.any, true, memo);
    else if ('not' in c) {
      const inner = evaluate(c.not, memo);
      value = inner === undefined ? undefined : !inner;
    } else value = chosen.has(c.question) ? evaluateCondition(c, index, lookup) : undefined;
    memo.set(c, value);
    return value;
  };
  // `all` is false as soon as one part is false, `any` true as soon as one part is true.
  const combine = (
    parts: Condition[],
    decisive: boolean,
    memo: Map<Condition, boolean | undefined>,
  ): boolean | undefined => {
    let open = false;
    for (const part of parts) {
      const value = evaluate(part, memo);
      if (value === decisive) return decisive;
      if (value === undefined) open = true;
    }
    return open ? undefined : !decisive;
  };
  const search = (i: number): Satisfiability['verdict'] => {
    if (steps > budget) return 'undecided';
    const value = evaluate(condition, new Map());
    if (value !== undefined) return value ? 'yes' : 'no';
    const id = ids[i] ?? '';
    for (const answer of domains[i] ?? []) {
      chosen.set(id, answer);
      const verdict = search(i + 1);
      if (verdict !== 'no') return verdict;
    }
    chosen.delete(id);
    return 'no';
  };
  return { verdict: search(0), steps };
}

/** Unanswered, don't know, and the kind's sample answers (numbers: those the condition names, and their neighbours). */
function possibleAnswers(q: IndexedQuestion | undefined, numbers: readonly number[]): (Answer | undefined)[] {
  const base: (Answer | undefined)[] = [undefined, { unknown: true }];
  if (!q) return base;
  return [...base, ...answerKind(q).sampleAnswers(q, numbers)];
}

/** Questions whose conditions (`when` and `requires` together) form a cycle through references. */
function findCycles(index: ChecklistIndex): Set<string> {
  const edges = new Map<string, string[]>();
  const { questions } = index;
  for (let i = 0; i < questions.length; i++) {
    const q = questions[i];
    if (q === undefined || !hasConditions(q.question)) continue;
    const conditions = questionConditions(q.question);
    if (conditions.length > 0)
      edges.set(
        q.question.id,
        conditions
          .flatMap(({ condition }) => leavesOf(condition))
          .map((leaf) => leaf.question)
          .filter((r) => r !== q.question.id && index.byId.has(r)),
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

/**
 * Calls `fn` for each distinct leaf with the path where it first appears. A node reached again (through a YAML
 * alias) is not walked again: its problems are the same, and aliases could otherwise multiply the work.
 */
function forEachLeaf(condition: Condition, path: Path, fn: (leaf: Leaf, path: Path) => void): void {
  const seen = new Set<Condition>();
  const walk = (c: Condition, at: Path): void => {
    if (seen.has(c)) return;
    seen.add(c);
    if ('all' in c)
      c.all.forEach((x, i) => {
        walk(x, [...at, 'all', i]);
      });
    else if ('any' in c)
      c.any.forEach((x, i) => {
        walk(x, [...at, 'any', i]);
      });
    else if ('not' in c) walk(c.not, [...at, 'not']);
    else fn(c, at);
  };
  walk(condition, path);
}

/** The distinct leaves of a condition, in order of first appearance. */
function leavesOf(condition: Condition): Leaf[] {
  const leaves: Leaf[] = [];
  forEachLeaf(condition, [], (leaf) => leaves.push(leaf));
  return leaves;
}

function err(code: Finding['code'], path: Path, message: string): Finding {
  return { code, severity: 'error', path, message };
}
