import { readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dataErrors, type DataKind } from '../helpers/data-schemas.js';
import { repoRoot, runCli } from './validate-harness.js';

// Every JSON output fits its schema (schemas/*-data.schema.json), names no local path, and its numbers are right.
const EXAMPLES = readdirSync(join(repoRoot, 'examples'))
  .filter((f) => f.endsWith('.answers.yaml'))
  .map((f) => join(repoRoot, 'examples', f));
const F = join(repoRoot, 'test', 'fixtures', 'reports');
const FIXTURE = [join(F, 'answers.yaml'), '--checklist', join(F, 'checklist.yaml')];
const C = join(repoRoot, 'test', 'fixtures', 'compare');
const V11 = ['--checklist', join(C, 'checklist-v1.1.yaml')];

async function json(args: string[]): Promise<Record<string, unknown>> {
  const run = await runCli([...args, '-f', 'json']);
  expect(run.code, run.stderr).toBe(0);
  return JSON.parse(run.stdout) as Record<string, unknown>;
}

/** Every JSON output of the bundled examples and fixtures, with the schema it must fit (all paths absolute). */
const CASES: { name: string; kind: DataKind; args: string[] }[] = [
  ...EXAMPLES.flatMap((file) => [
    { name: `score ${basename(file)}`, kind: 'score-data' as const, args: ['score', file] },
    { name: `report ${basename(file)}`, kind: 'report-data' as const, args: ['report', file] },
    {
      name: `report --include-private ${basename(file)}`,
      kind: 'report-data' as const,
      args: ['report', file, '--include-private'],
    },
    {
      name: `report --basis obligation ${basename(file)}`,
      kind: 'report-data' as const,
      args: ['report', file, '--basis', 'obligation'],
    },
  ]),
  { name: 'score fixture', kind: 'score-data', args: ['score', ...FIXTURE] },
  { name: 'report fixture', kind: 'report-data', args: ['report', ...FIXTURE, '--include-private'] },
  {
    name: 'compare examples (progress)',
    kind: 'compare-data',
    args: [
      'compare',
      join(repoRoot, 'examples/veloria-government-2024.answers.yaml'),
      EXAMPLES.find((f) => f.endsWith('veloria-government.answers.yaml')) ?? '',
    ],
  },
  {
    name: 'compare examples (divergence)',
    kind: 'compare-data',
    args: [
      'compare',
      join(repoRoot, 'examples/veloria-government.answers.yaml'),
      join(repoRoot, 'examples/veloria-ngo.answers.yaml'),
    ],
  },
  {
    name: 'compare across checklist versions (progress)',
    kind: 'compare-data',
    args: [
      'compare',
      join(C, 'gov-2024.yaml'),
      join(C, 'gov-2026.yaml'),
      ...V11,
      '--base-checklist',
      join(C, 'checklist-v1.0.yaml'),
    ],
  },
  {
    name: 'compare forced divergence',
    kind: 'compare-data',
    args: ['compare', join(C, 'gov-2026.yaml'), join(C, 'ngo-2026.yaml'), ...V11, '--mode', 'divergence'],
  },
];

describe('JSON data outputs', () => {
  it.each(CASES)(
    '$name fits the $kind schema and names no folder',
    async ({ kind, args }) => {
      const run = await runCli([...args, '-f', 'json']);
      expect(run.code, run.stderr).toBe(0);
      const data = JSON.parse(run.stdout) as { format: string };
      expect(dataErrors(kind, data)).toEqual([]);
      expect(data.format).toBe(`opsc-audit/${kind}@${kind === 'score-data' ? 2 : 1}`);
      // Run with absolute paths: none of the input folders (nor the repository's) may show in the output.
      for (const dir of [repoRoot, F, C, join(repoRoot, 'examples')]) expect(run.stdout).not.toContain(dir);
    },
    60_000,
  );

  it('the schemas refuse what the data must not carry: a path-like extra field, a missing score', async () => {
    const score = await json(['score', ...FIXTURE]);
    expect(dataErrors('score-data', { ...score, file: '/home/me/answers.yaml' })).toEqual([
      ' must NOT have additional properties',
    ]);
    const noOverall = { ...score };
    delete noOverall.overall;
    expect(dataErrors('score-data', noOverall)).toEqual([" must have required property 'overall'"]);
  });
});

interface Group {
  id: string;
  percent: number | null;
  percentRounded: number | null;
  coverage: number | null;
  earned: number;
  possible: number;
  band: { index: number; label: string } | null;
}
interface ReportJson {
  sections: Group[];
  overall: Group;
  gaps: { rank: number; id: string; gap: number; basis: string; answer: unknown; citations: unknown[] }[];
  gapFilter: { bases: string[] | null; shown: number; total: number };
  privacy: { includePrivate: boolean; withheld: number };
  questions: {
    id: string;
    status: string;
    answer: unknown;
    naReason: string | null;
    score: number | null;
    percent: number | null;
    evidence: { title: string; public: boolean }[];
  }[];
}

describe('the numbers of the JSON data (test/fixtures/reports)', () => {
  it('computes section percentages, coverage and gaps as the method says', async () => {
    const data = (await json(['report', ...FIXTURE])) as unknown as ReportJson;
    const section = (id: string) => data.sections.find((s) => s.id === id);
    // prevention-law: PRV-LAW-01 "paper" 1 of 3 at weight 3, PRV-LAW-02 yes (1 of 1) at weight 2: (3·1/3 + 2·1)/5.
    expect(section('prevention-law')).toMatchObject({
      percent: 60,
      percentRounded: 60,
      earned: 3,
      possible: 5,
    });
    expect(section('prevention-law')?.band).toEqual({ index: 1, label: 'Developing' });
    // rehabilitation-care: REH-CAR-01 3 shelters = 1 of 2, REH-CAR-02 not applicable (out), REH-CAR-03 not yet
    // answered (0, counted): half of one question's weight out of two, whatever the default weight; 1 of 2 assessed (half: enough for a band).
    expect(section('rehabilitation-care')).toMatchObject({
      percent: 25,
      coverage: 50,
      band: { index: 0, label: 'Initial' },
    });
    // PRV-LAW-01: weight 3 × (target 3 − 1) / 3.
    expect(data.gaps.find((g) => g.id === 'PRV-LAW-01')).toMatchObject({ gap: 2, answer: 'paper' });
    expect(data.overall.percent).toBeCloseTo((100 * data.overall.earned) / data.overall.possible, 10);
  });

  it('keeps each raw answer key and the score it earns', async () => {
    const data = (await json(['report', ...FIXTURE])) as unknown as ReportJson;
    const q = (id: string) => data.questions.find((x) => x.id === id);
    expect(q('PRV-LAW-01')).toMatchObject({ answer: 'paper', score: 1, status: 'answered' });
    expect(q('PRV-LAW-01')?.percent).toBeCloseTo(100 / 3, 10);
    expect(q('PRV-LAW-02')).toMatchObject({ answer: true, score: 1 });
    expect(q('PRV-TOU-01')).toMatchObject({ answer: 'some', score: 1 });
    expect(q('PRO-HLP-03')).toMatchObject({ answer: ['phone', 'chat'], score: 2 });
    expect(q('REH-CAR-01')).toMatchObject({ answer: 3, score: 1 });
    expect(q('PRO-HLP-02')).toMatchObject({ answer: null, status: 'unknown', score: 0 });
    expect(q('REH-CAR-02')).toMatchObject({ answer: null, status: 'na', score: null, percent: null });
    expect(q('REH-CAR-02')?.naReason).toMatch(/^Legal aid for child victims/);
  });

  it('withholds evidence marked not public unless --include-private, as the report does', async () => {
    const without = (await json(['report', ...FIXTURE])) as unknown as ReportJson;
    const withPrivate = (await json(['report', ...FIXTURE, '--include-private'])) as unknown as ReportJson;
    const titles = (d: ReportJson) => d.questions.flatMap((q) => q.evidence.map((e) => e.title));
    expect(without.privacy).toEqual({ includePrivate: false, withheld: 2 });
    expect(titles(without)).not.toContain('Internal legal opinion of the Ministry');
    expect(withPrivate.privacy).toEqual({ includePrivate: true, withheld: 0 });
    expect(titles(withPrivate)).toContain('Internal legal opinion of the Ministry');
    expect(withPrivate.questions.flatMap((q) => q.evidence).filter((e) => !e.public)).toHaveLength(2);
  });

  it('--basis lists only the gaps of those bases, ranked among them', async () => {
    const all = (await json(['report', ...FIXTURE])) as unknown as ReportJson;
    const some = (await json(['report', ...FIXTURE, '--basis', 'recommendation'])) as unknown as ReportJson;
    expect(some.gaps.map((g) => g.basis)).toEqual(['recommendation']);
    expect(some.gaps[0]).toMatchObject({ rank: 1, id: 'PRV-LAW-01' });
    expect(some.gapFilter).toEqual({ bases: ['recommendation'], shown: 1, total: all.gaps.length });
    expect(all.gapFilter.bases).toBeNull();
  });

  it('cites each paragraph with its source’s address', async () => {
    const data = (await json(['score', ...FIXTURE])) as unknown as ReportJson;
    const gap = (id: string) => data.gaps.find((g) => g.id === id);
    expect(gap('PRV-LAW-01')?.citations).toEqual([
      { source: 'A/HRC/49/51', paragraph: '43', page: null, url: 'https://undocs.org/A/HRC/49/51' },
      { source: 'A/HRC/49/51', paragraph: '29', page: null, url: 'https://undocs.org/A/HRC/49/51' },
    ]);
    expect(gap('PRV-TOU-01')?.citations).toEqual([
      { source: 'handbook', paragraph: 'Part 5 C', page: null, url: null },
    ]);
  });
});

describe('the numbers of the compare data', () => {
  interface Delta {
    id: string;
    base: Group;
    current: Group;
    delta: number | null;
    deltaRounded: number | null;
  }
  interface CompareJson {
    mode: string;
    base: { file: string };
    current: { file: string };
    overall: Delta;
    pillars: Delta[];
    sections: Delta[];
    questions: {
      id: string;
      change: string;
      delta: number | null;
      base: { answer: unknown };
      current: { answer: unknown };
    }[];
  }
  const GOV = join(repoRoot, 'examples', 'veloria-government.answers.yaml');
  const GOV_2024 = join(repoRoot, 'examples', 'veloria-government-2024.answers.yaml');
  const NGO = join(repoRoot, 'examples', 'veloria-ngo.answers.yaml');

  it('progress: deltas at full precision, and the difference of the rounded percentages a reader sees', async () => {
    const data = (await json(['compare', GOV_2024, GOV])) as unknown as CompareJson;
    expect(data.mode).toBe('progress');
    expect(data.base.file).toBe('veloria-government-2024.answers.yaml');
    expect(data.current.file).toBe('veloria-government.answers.yaml');
    for (const d of [data.overall, ...data.pillars, ...data.sections]) {
      if (d.base.percent === null || d.current.percent === null) continue;
      expect(d.delta).toBeCloseTo(d.current.percent - d.base.percent, 10);
      expect(d.deltaRounded).toBe(Math.round(d.current.percent) - Math.round(d.base.percent));
    }
    const improved = data.questions.find((q) => q.change === 'improved');
    expect(improved?.delta).toBeGreaterThan(0);
    expect(improved?.base.answer).not.toEqual(improved?.current.answer);
  });

  it('divergence: two respondents, each named by its file’s base name', async () => {
    const data = (await json(['compare', GOV, NGO])) as unknown as CompareJson;
    expect(data.mode).toBe('divergence');
    expect([data.base.file, data.current.file]).toEqual([
      'veloria-government.answers.yaml',
      'veloria-ngo.answers.yaml',
    ]);
  });
});
