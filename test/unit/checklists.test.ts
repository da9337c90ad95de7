import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { categoryId, indexChecklist, localize, type Checklist } from '../../src/model/checklist.js';
import { DEFAULT_CHECKLIST } from '../../src/open/checklists.js';
import { checklistsDir, loadBundled } from '../helpers/bundled.js';
import { parseCoverage } from '../helpers/coverage.js';
import { shingleHashes } from '../../scripts/shingles.mjs';

const bundled = loadBundled();
const checklists = bundled.map((b) => b.checklist).filter((c): c is Checklist => c !== undefined);
const EXPECTED = [
  'sr-care-recovery-reintegration-2015',
  'sr-practical-approach-2022',
  'sr-protection-systems-2013',
  'sr-remaining-challenges-2016',
];

describe('bundled checklists', () => {
  it('are the four documented ones, including the default', () => {
    expect(bundled.map((b) => b.file.replace(/\.yaml$/, ''))).toEqual(EXPECTED);
    expect(EXPECTED).toContain(DEFAULT_CHECKLIST);
  });

  it.each(bundled.map((b) => [b.file, b] as const))(
    '%s validates with no errors and no warnings',
    (_name, b) => {
      expect(b.diagnostics.map((d) => `${d.file}:${d.line}:${d.col} ${d.code} ${d.message}`)).toEqual([]);
      expect(b.checklist?.id).toBe(b.file.replace(/\.yaml$/, ''));
    },
  );

  it('share no question id across checklists', () => {
    const seen = new Map<string, string>();
    const clashes: string[] = [];
    for (const c of checklists) {
      for (const q of indexChecklist(c).questions) {
        const other = seen.get(q.question.id);
        if (other) clashes.push(`${q.question.id} in ${other} and ${c.id}`);
        seen.set(q.question.id, c.id);
      }
    }
    expect(clashes).toEqual([]);
  });

  it.each(checklists.map((c) => [c.id, c] as const))(
    '%s has questions in every pillar it declares',
    (_id, c) => {
      const used = new Set(c.sections.filter((s) => s.questions.length > 0).map((s) => s.pillar));
      expect(c.pillars.map(categoryId).filter((p) => !used.has(p))).toEqual([]);
    },
  );

  it.each(checklists.map((c) => [c.id, c] as const))(
    '%s: every question is complete (guidance per level, actors, sources, evidence, action)',
    (_id, c) => {
      const problems: string[] = [];
      for (const q of indexChecklist(c).questions) {
        const { question } = q;
        const id = question.id;
        const guidance = localize(question.guidance, c.language);
        if (!guidance) problems.push(`${id}: no guidance`);
        for (const level of q.scale ?? []) {
          const label = localize(level.label, c.language);
          if (!guidance.includes(label)) problems.push(`${id}: guidance does not describe level "${label}"`);
        }
        if (!question.actors?.length) problems.push(`${id}: no actors`);
        if (!question.sources?.length) problems.push(`${id}: no sources`);
        if (!question.evidence) problems.push(`${id}: no evidence prompt`);
        if (!question.action) problems.push(`${id}: no action`);
      }
      expect(problems).toEqual([]);
    },
  );

  it.each(checklists.map((c) => [c.id, c] as const))(
    '%s: every scale question describes each level once, as a bullet, in scale order',
    (_id, c) => {
      const problems: string[] = [];
      for (const q of indexChecklist(c).questions) {
        if (!q.scale) continue;
        const guidance = localize(q.question.guidance, c.language);
        const labels = q.scale.map((level) => localize(level.label, c.language));
        const bullets = [...guidance.matchAll(/^\s*- \*\*([^*]+):\*\*/gm)]
          .map((m) => m[1] ?? '')
          .filter((label) => labels.includes(label));
        if (bullets.join(' / ') !== labels.join(' / '))
          problems.push(`${q.question.id}: ${bullets.join(' / ')}`);
      }
      expect(problems).toEqual([]);
    },
  );

  it.each(checklists.map((c) => [c.id, c] as const))(
    '%s cites only paragraphs within its sources',
    (_id, c) => {
      const bad: string[] = [];
      const limits = new Map(c.sources.map((s) => [s.id, s.paragraphs]));
      for (const q of indexChecklist(c).questions) {
        for (const cite of q.question.sources ?? []) {
          const max = limits.get(cite.source);
          const n = Number.parseInt(String(cite.para), 10);
          if (max !== undefined && !(n >= 1 && n <= max))
            bad.push(`${q.question.id} ${cite.source} ${String(cite.para)}`);
        }
      }
      expect(bad).toEqual([]);
    },
  );

  it('copy no passage of twelve or more words from the source documents', () => {
    const seeds = new Set(
      readFileSync(join(import.meta.dirname, '..', 'fixtures', 'seed-shingles.txt'), 'utf8')
        .split('\n')
        .filter(Boolean),
    );
    const copied: string[] = [];
    for (const c of checklists) {
      for (const q of indexChecklist(c).questions) {
        const { text, guidance, evidence, action } = q.question;
        for (const [field, value] of Object.entries({ text, guidance, evidence, action })) {
          const hits = shingleHashes(localize(value, c.language)).filter((h) => seeds.has(h)).length;
          if (hits > 0) copied.push(`${c.id} ${q.question.id} ${field}`);
        }
      }
    }
    expect(copied).toEqual([]);
  });
});

describe('checklists/COVERAGE.md', () => {
  const coverage = parseCoverage(readFileSync(join(checklistsDir, 'COVERAGE.md'), 'utf8'));

  it('has a section for every bundled checklist', () => {
    expect(Object.keys(coverage).sort()).toEqual(EXPECTED);
  });

  it.each(checklists.map((c) => [c.id, c] as const))('%s: every paragraph in scope has a row', (id, c) => {
    const section = coverage[id];
    const rows = section?.rows ?? [];
    const missing: string[] = [];
    for (const scope of section?.scope ?? []) {
      for (let n = scope.from; n <= scope.to; n++) {
        if (
          !rows.some(
            (r) =>
              r.source === scope.source && Number.parseInt(r.para, 10) === n && /^\d+(\(|$)/.test(r.para),
          )
        ) {
          missing.push(`${scope.source} ${n}`);
        }
      }
    }
    const numbered = c.sources.some((s) => s.paragraphs !== undefined);
    expect((section?.scope.length ?? 0) > 0).toBe(numbered);
    expect(missing).toEqual([]);
  });

  it.each(checklists.map((c) => [c.id, c] as const))(
    '%s: rows name questions that really cite them',
    (id, c) => {
      const index = indexChecklist(c);
      const wrong: string[] = [];
      for (const row of coverage[id]?.rows ?? []) {
        if (row.questions.length === 0 && !row.none)
          wrong.push(`${row.source} ${row.para}: no questions and no "none:" reason`);
        for (const qid of row.questions) {
          const q = index.byId.get(qid);
          const cites = q?.question.sources?.some(
            (s) =>
              s.source === row.source &&
              (String(s.para) === row.para || String(s.para).startsWith(`${row.para}(`)),
          );
          if (!cites)
            wrong.push(`${row.source} ${row.para}: ${qid} ${q ? 'does not cite it' : 'does not exist'}`);
        }
      }
      expect(wrong).toEqual([]);
    },
  );

  it.each(checklists.map((c) => [c.id, c] as const))('%s: every citation appears as a row', (id, c) => {
    const rows = coverage[id]?.rows ?? [];
    const missing = new Set<string>();
    for (const q of indexChecklist(c).questions) {
      for (const s of q.question.sources ?? []) {
        if (!rows.some((r) => r.source === s.source && r.para === String(s.para)))
          missing.add(`${s.source} ${String(s.para)}`);
      }
    }
    expect([...missing]).toEqual([]);
  });
});
